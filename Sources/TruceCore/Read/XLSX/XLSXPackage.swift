/// The parts of a workbook package that reading one sheet needs, found through relationships:
/// `_rels/.rels` → the workbook (or, failing that, the workbook content type in
/// `[Content_Types].xml`) → `…/_rels/workbook.xml.rels` → the sheet, shared strings, styles.
struct XLSXPackage {
    /// The chosen sheet's name and part.
    let sheetName: String
    let sheetPart: String
    /// Shared strings, styles and the date system, ready to decode cells.
    let decoder: XLSXCellDecoder

    init(archive: XLSXArchive, sheet selector: SheetSelector?) throws(ReadError) {
        let path = archive.path
        func fail(_ problem: SpreadsheetProblem, part: String? = nil) -> ReadError {
            .spreadsheet(path: path, part: part, row: nil, problem: problem)
        }
        let types = try XLSXContentTypes.load(from: archive)
        let workbookPart = try Self.workbookPart(archive, types)
        let workbook = try XLSXWorkbook.load(workbookPart, from: archive)
        let relationships = try XLSXRelationships.load(for: workbookPart, in: archive)
        let isWorksheet = { (sheet: XLSXWorkbook.Sheet) -> Bool in
            guard let target = relationships.byID(sheet.relationshipID) else { return false }
            return target.kind == "worksheet" && archive.contains(target.target)
        }
        if workbook.sheets.isEmpty { throw fail(.missingPart(role: "worksheet"), part: workbookPart) }
        guard let index = workbook.index(of: selector, isReadable: isWorksheet) else {
            if let selector { throw fail(.sheetNotFound(selector: Self.describe(selector), available: workbook.sheets.count)) }
            if workbook.sheets.contains(where: { $0.isVisible }) { throw fail(.missingPart(role: "worksheet")) }
            throw fail(.noVisibleSheet)
        }
        let sheet = workbook.sheets[index]
        guard let target = relationships.byID(sheet.relationshipID), target.kind == "worksheet",
              archive.contains(target.target) else {
            throw fail(.missingPart(role: "worksheet"), part: workbookPart)
        }
        sheetName = sheet.name
        sheetPart = target.target
        let styles = try XLSXStyles.load(relationships.first("styles")?.target, from: archive)
        let strings = try XLSXSharedStrings.load(relationships.first("sharedStrings")?.target, from: archive)
        decoder = XLSXCellDecoder(sharedStrings: strings, styles: styles, uses1904Dates: workbook.uses1904Dates)
    }

    /// The workbook part: the package's officeDocument relationship, else the part that the
    /// content types mark as a workbook. A package whose main part is not a workbook is refused.
    private static func workbookPart(_ archive: XLSXArchive, _ types: XLSXContentTypes) throws(ReadError) -> String {
        let root = try XLSXRelationships.load(for: "", in: archive)
        let candidate = root.first("officeDocument")?.target ?? types.workbookPart
        guard let part = candidate, archive.contains(part) else {
            let problem: SpreadsheetProblem = candidate == nil && archive.contains("word/document.xml")
                ? .notAWorkbook : .missingPart(role: "workbook")
            throw .spreadsheet(path: archive.path, part: candidate, row: nil, problem: problem)
        }
        if let type = types.type(of: part), !XLSXContentTypes.isWorkbook(type) {
            throw .spreadsheet(path: archive.path, part: part, row: nil, problem: .notAWorkbook)
        }
        return part
    }

    private static func describe(_ selector: SheetSelector) -> String {
        switch selector {
        case .name(let name): return "named \"\(name)\""
        case .index(let index): return "number \(index)"
        }
    }
}
