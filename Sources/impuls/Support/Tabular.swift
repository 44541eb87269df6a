import ImpulsCore
import ImpulsText
import ImpulsStore
import ArgumentParser

/// The output formats of listing commands.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown

    // The names for help and completion, said directly: ArgumentParser's defaults reach them
    // through a key path and generic metadata made at run time: 0.8M instructions (of 46M for a
    // region `status --all`) at the start of every command with --format.
    static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    static var allValueDescriptions: [String: String] { [:] }
    var defaultValueDescription: String { rawValue }
}

/// Rows with named columns, printed as an aligned table, CSV or JSON.
///
/// CSV uses `;` as separator and a decimal comma in amounts, which is what a spreadsheet with
/// Dutch settings expects; fields with `;`, quotes or newlines are quoted (RFC 4180); a text that
/// a spreadsheet would take for a formula gets a leading `'` (every cell is made by `CSVCell`).
/// Its header and its words are in the config's language; JSON keeps the column keys and the
/// texts exactly.
struct Tabular {
    enum Value {
        case text(String)
        /// A row's name with a shorter form, which a table fitted to a narrow terminal shows.
        case label(String, short: String)
        /// A municipality: its name in tables and CSV, its code in JSON (the stable key).
        case municipality(name: String, code: String)
        case number(Int)
        case amount(Cents)
        /// Tenths of a percent, shown as `12,5` (nl) or `12.5` (en).
        case permille(Int)
        case none

        var jsonNode: JSONNode {
            switch self {
            case .text(let s), .label(let s, _): return .string(s)
            case .municipality(_, let code): return .string(code)
            case .number(let n): return .int(n)
            case .amount(let c): return JSONNode(.number(c.plainDecimal))
            case .permille(let p): return JSONNode(.number("\(p / 10).\(p % 10)"))
            case .none: return .null
            }
        }
    }

    /// Column keys (for CSV headers and JSON) and their headings (for tables).
    let columns: [(key: String, heading: String, alignRight: Bool)]
    var rows: [[Value]] = []
    /// How many leading columns name a row: repeated in every block when a table is fitted to a
    /// narrow terminal (see `TabularFit.swift`).
    var keyColumns = 1
    /// A group number per column (columns that belong together, kept in one block when they fit);
    /// empty: every column a group of its own.
    var groups: [Int] = []

    /// The table in `format`; for `table`, fitted to `width` columns when given (a terminal), else
    /// whole (a pipe or a file, or `--wide`).
    func render(_ format: TableFormat, language: Language, width: Int? = nil) -> String {
        switch format {
        case .json:
            let array = JSONNode.array(rows.map { row in
                JSONNode.object(zip(columns, row).map { ($0.0.key, $0.1.jsonNode) })
            })
            return String(decoding: JSONWriter.write(array), as: UTF8.self)
        case .csv:
            var lines = [columns.map { CSVCell.text(Tabular.csvHeader($0.key, language)) }.joined(separator: ";")]
            for row in rows {
                lines.append(row.map { value in
                    switch value {
                    case .text(let s), .label(let s, _), .municipality(let s, _): return CSVCell.text(s)
                    case .number(let n): return CSVCell.number(n)
                    case .amount(let c): return CSVCell.amount(c)
                    case .permille(let p): return CSVCell.tenths(p)
                    case .none: return ""
                    }
                }.joined(separator: ";"))
            }
            return lines.joined(separator: "\n") + "\n"
        case .markdown:
            func escape(_ text: String) -> String { text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
            var lines = ["| " + columns.map { escape($0.heading) }.joined(separator: " | ") + " |",
                         "|" + columns.map { $0.alignRight ? " ---: |" : " --- |" }.joined()]
            for row in rows { lines.append("| " + row.map { escape(Tabular.display($0, language)) }.joined(separator: " | ") + " |") }
            return lines.joined(separator: "\n") + "\n"
        case .table:
            let texts = rows.map { $0.map { Tabular.display($0, language) } }
            if let width { return fitted(texts, short: rows.map { $0.map { Tabular.display($0, language, short: true) } }, to: width) }
            let headings = columns.map { [$0.heading] }
            return block(Array(columns.indices), headings: headings, texts: texts, widths: naturalWidths(headings, texts))
        }
    }

    /// A cell as a table shows it: control characters escaped here, so the columns are measured
    /// as they are printed.
    static func display(_ value: Value, _ language: Language, short: Bool = false) -> String {
        switch value {
        case .label(_, let s) where short: return s.escapingControlCharacters
        case .text(let s), .label(let s, _), .municipality(let s, _): return s.escapingControlCharacters
        case .number(let n): return String(n)
        case .amount(let c): return c.formattedExact(language)
        case .permille(let p): return Message.tenths(p).text(language)
        case .none: return "–"
        }
    }

    /// A column's CSV header in `language`, from the catalog (the key itself only for a column
    /// the catalog does not know, which a test rules out).
    static func csvHeader(_ key: String, _ language: Language) -> String {
        CSVColumn(rawValue: key).map { Message.csvHeader($0, language) } ?? key
    }
}
