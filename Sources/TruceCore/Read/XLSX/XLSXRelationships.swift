import Foundation

/// The relationships of one OPC part (`…/_rels/<part>.rels`), targets resolved to part names.
struct XLSXRelationships {
    /// One internal relationship: its id, the last segment of its type URI, and the target part.
    struct Relationship: Equatable {
        var id: String
        /// `officeDocument`, `worksheet`, `sharedStrings`… (the type URI's last path segment), so
        /// transitional (`schemas.openxmlformats.org`) and Strict (`purl.oclc.org`) URIs agree.
        var kind: String
        var target: String
    }

    var relationships: [Relationship] = []

    /// The first relationship of `kind`.
    func first(_ kind: String) -> Relationship? { relationships.first { $0.kind == kind } }

    /// The relationship with id `id`.
    func byID(_ id: String) -> Relationship? { relationships.first { $0.id == id } }

    /// Reads the relationships of `source` (the package itself when `source` is ""); none when
    /// the .rels part is absent.
    static func load(for source: String, in archive: XLSXArchive) throws(ReadError) -> XLSXRelationships {
        let name = relsName(for: source)
        guard let bytes = try archive.read(name, cap: 16 << 20) else { return XLSXRelationships() }
        let parser = XMLPullParser(source: XMLDecodingSource(XMLBytesSource(bytes)) { problem in
            .spreadsheet(path: archive.path, part: name, row: nil, problem: problem)
        }, path: archive.path, part: name, maxTokenBytes: archive.limits.maxXMLTokenBytes)
        var result = XLSXRelationships()
        while true {
            switch try parser.next() {
            case .start where parser.isNamed("Relationship"):
                if try parser.attributeValue("TargetMode")?.lowercased() == "external" { continue }
                guard let id = try parser.attributeValue("Id"), let type = try parser.attributeValue("Type"),
                      let target = try parser.attributeValue("Target") else { continue }
                let kind = String(type.split(separator: "/").last ?? "")
                result.relationships.append(Relationship(id: id, kind: kind, target: resolve(target, from: source)))
            case .endOfDocument:
                return result
            default:
                continue
            }
        }
    }

    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; "" → `_rels/.rels`.
    static func relsName(for part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// The part name a target points at: relative to the source part's folder unless it starts
    /// with `/`; `.` and `..` segments resolved; percent-escapes decoded.
    static func resolve(_ target: String, from source: String) -> String {
        let decoded = (target.removingPercentEncoding ?? target).replacingOccurrences(of: "\\", with: "/")
        var segments: [Substring] = []
        if !decoded.hasPrefix("/"), let slash = source.lastIndex(of: "/") {
            segments = source[..<slash].split(separator: "/")
        }
        for segment in decoded.split(separator: "/") {
            if segment == "." { continue }
            if segment == ".." {
                if !segments.isEmpty { segments.removeLast() }
                continue
            }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }
}
