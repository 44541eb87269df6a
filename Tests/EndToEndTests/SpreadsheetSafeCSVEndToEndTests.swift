import Foundation
import Testing

/// CSV injection (#28): every CSV impuls writes — `export`, `status`, `agenda`, `regions`,
/// `municipalities` — with texts starting with each of `=`, `+`, `-`, `@`, tab and carriage return
/// in every text column (titles, follow-ups, advisers, region names) has no cell a spreadsheet
/// reads as a formula: each such text gets a leading `'`; numbers stay plain numbers; JSON keeps
/// the texts exactly.
@Suite struct SpreadsheetSafeCSVEndToEndTests {
    static let starts = ["=", "+", "-", "@", "\t", "\r"]
    static let codes = ["GM0060", "GM0080", "GM0072", "GM0088", "GM0093", "GM0096"]
    static func followUp(_ start: String) -> String { start + "1+2 actie" }
    static func title(_ start: String) -> String { start + #"HYPERLINK("http://x","klik")"# }
    static func adviser(_ start: String) -> String { start + "cmd|' /C calc'!A0" }

    /// Six dossiers of Fryslân, each with one start in its follow-up, its application's title and
    /// its adviser (typed as placeholders, then put in the files by hand, as a colleague's or a
    /// hand-edited file would bring them); regions named with the starts too.
    static func workbench() throws -> Workbench {
        let regions = zip(starts, ["Fryslân", "Groningen", "Drenthe", "Overijssel", "Utrecht", "Zeeland"]).map { start, province in
            #"{"name": \#(json(start + province)), "provinces": ["\#(province)"]}"#
        }
        let w = Workbench(config: #"{"adviser": "ADVISER", "language": "nl", "regions": ["=Fryslân"], "regionDefinitions": [\#(regions.joined(separator: ", "))]}"#)
        for (index, code) in codes.enumerated() {
            #expect(w.run("session", "add", code, "--summary", "Gesprek", "--follow-up", "FOLLOWUP\(index)@2023-10-20").status == 0)
            #expect(w.run("application", "new", code, "--title", "TITLE\(index)", "--amount", "9000", "--start", "2023-11-01",
                          "--end", "2024-01-31", "--action-line", "privacy").status == 0)
            #expect(w.run("application", "advance", code, "--to", "submitted").status == 0)
            #expect(w.run("application", "advance", code, "--to", "approved", "--granted", "9000").status == 0)
        }
        for (index, code) in codes.enumerated() {
            let start = starts[index]
            var text = try String(contentsOfFile: w.file(code), encoding: .utf8)
            for (placeholder, value) in [("FOLLOWUP\(index)", followUp(start)), ("TITLE\(index)", title(start)), ("ADVISER", adviser(start))] {
                text = text.replacingOccurrences(of: "\"" + placeholder + "\"", with: json(value))
                    .replacingOccurrences(of: placeholder, with: String(json(value).dropFirst().dropLast()))
            }
            try text.write(toFile: w.file(code), atomically: true, encoding: .utf8)
        }
        return w
    }

    /// A JSON string literal of `text`.
    static func json(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast().description
    }

    /// The cells of a `;`-separated CSV (RFC 4180 quoting, line breaks inside quotes).
    static func cells(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = Array(csv.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { cell.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
            } else if c == "\"" && cell.isEmpty { quoted = true }
            else if c == ";" { row.append(cell); cell = "" }
            else if c == "\n" { row.append(cell); rows.append(row); row = []; cell = "" }
            else { cell.unicodeScalars.append(c) }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    static func isNumber(_ cell: String) -> Bool { cell.range(of: #"^-?[0-9]+(,[0-9]+)?$"#, options: .regularExpression) != nil }

    @Test func noCSVHasAFormulaCell() throws {
        let w = try Self.workbench()
        let outputs: [(String, [String])] = [
            ("export", ["export", "--format", "csv"]), ("status", ["status", "--all", "--format", "csv"]),
            ("agenda", ["agenda", "--format", "csv"]), ("regions", ["regions", "--format", "csv"]),
            ("municipalities", ["municipalities", "--region", "=Fryslân", "--format", "csv"]),
        ]
        var all: [String: [[String]]] = [:]
        for (name, arguments) in outputs {
            let result = w.run(arguments)
            #expect(result.status == 0, "\(name): \(result.err)")
            let rows = Self.cells(result.out)
            #expect(rows.count > 1, "\(name): \(result.out)")
            all[name] = rows
            for (number, row) in rows.enumerated() {
                for cell in row {
                    guard let first = cell.unicodeScalars.first, Self.starts.contains(String(first)) else { continue }
                    #expect(Self.isNumber(cell), "\(name), row \(number + 1): a formula cell \(cell.debugDescription)")
                }
            }
        }
        // The hostile texts reached every CSV, each with the quote before it (a carriage return escaped).
        func shown(_ text: String) -> String { "'" + text.replacingOccurrences(of: "\r", with: "\\u{D}") }
        let export = all["export"]!.flatMap { $0 }, agenda = all["agenda"]!.flatMap { $0 }
        for start in Self.starts {
            #expect(export.contains(shown(Self.title(start))), "export: the title starting \(start.debugDescription)")
            #expect(export.contains(shown(Self.adviser(start))), "export: the adviser starting \(start.debugDescription)")
            #expect(agenda.contains(shown(Self.followUp(start))), "agenda: the follow-up starting \(start.debugDescription)")
            #expect(agenda.contains(shown(Self.title(start))), "agenda: the project starting \(start.debugDescription)")
        }
        for (name, cell) in [("status", "'=Fryslân"), ("status", "'+Groningen"), ("status", "'-Drenthe"), ("status", "'@Overijssel"), ("regions", "'=Fryslân")] {
            #expect(all[name]!.contains { $0.first == cell }, "\(name): \(cell)")
        }
        // Numbers stay numbers: every figure of status after the region's name.
        for row in all["status"]!.dropFirst() {
            for cell in row.dropFirst() { #expect(Self.isNumber(cell), "status: \(cell.debugDescription) is a plain number") }
        }
        // JSON keeps every text exactly.
        let json = w.run("agenda", "--format", "json").out
        let items = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["items"] as? [[String: Any]])
        let texts = Set(items.compactMap { $0["text"] as? String })
        for start in Self.starts { #expect(texts.contains(Self.followUp(start)) && texts.contains(Self.title(start)), "\(start.debugDescription)") }
        let exported = try #require(try JSONSerialization.jsonObject(with: Data(w.run("export", "--format", "json").out.utf8)) as? [String: Any])
        let dossiers = exported["dossiers"] as? [[String: Any]] ?? []
        let titles = Set(dossiers.flatMap { ($0["applications"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String } })
        let advisers = Set(dossiers.compactMap { $0["adviser"] as? String })
        #expect(titles == Set(Self.starts.map(Self.title)), "export JSON keeps the titles exactly")
        #expect(advisers == Set(Self.starts.map(Self.adviser)), "export JSON keeps the advisers exactly")
    }
}
