/// Where one attribute's name and value lie in the parser's buffer.
struct XMLAttributeSpan {
    var nameStart: Int
    var localStart: Int
    var nameEnd: Int
    var valueStart: Int
    var valueEnd: Int
}
