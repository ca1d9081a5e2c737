/// Gathers the text of one string item (`<si>` or `<is>`): `t` elements directly inside it or
/// inside its runs (`r`), not inside phonetic runs (`rPh`) or anything else.
struct XLSXTextCollector {
    private var bytes: [UInt8] = []
    private var inItem = false
    private var inText = false
    private var skipDepth = 0
    private var itemDepth = 0

    /// Feeds one event; true when the item named `item` has just ended (then call `take`).
    mutating func handle(_ event: XMLPullParser.Event, _ parser: XMLPullParser,
                         item: StaticString) throws(ReadError) -> Bool {
        switch event {
        case .start:
            if !inItem {
                if parser.isNamed(item) && !parser.isSelfClosing {
                    inItem = true
                    itemDepth = parser.depth
                    bytes.removeAll(keepingCapacity: true)
                }
            } else if skipDepth == 0 && !parser.isSelfClosing {
                if parser.isNamed("t") {
                    inText = true
                } else if !parser.isNamed("r") {
                    skipDepth = parser.depth
                }
            }
        case .text where inText && skipDepth == 0:
            try parser.appendText(to: &bytes)
        case .end:
            if inItem && parser.depth < itemDepth {
                inItem = false
                return true
            }
            if skipDepth > 0 && parser.depth < skipDepth { skipDepth = 0 }
            if parser.isNamed("t") { inText = false }
        default:
            break
        }
        return false
    }

    /// The collected text with `_xHHHH_` escapes decoded.
    mutating func take() -> String {
        XLSXText.unescapeOOXML(bytes)
    }
}
