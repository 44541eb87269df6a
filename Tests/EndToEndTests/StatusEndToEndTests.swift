import Foundation
import Testing

/// `impuls status` over two advisers' folders, checked against the files themselves, in every format.
@Suite struct StatusEndToEndTests {
    /// Parses CSV with `;` and RFC 4180 quotes.
    func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == ";" { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        return rows
    }

    @Test func twoFoldersAgreeWithAHandCountInEveryFormat() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try #"{"adviser": "Anne", "regions": ["Fryslân"]}"#.write(toFile: home + "/anne.json", atomically: true, encoding: .utf8)
        try #"{"adviser": "Bert", "regions": ["Utrecht"]}"#.write(toFile: home + "/bert.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home)
        #expect(try run(["demo", "--config", home + "/anne.json", "--output", home + "/anne", "--seed", "1"], environment: env).status == 0)
        #expect(try run(["demo", "--config", home + "/bert.json", "--output", home + "/bert", "--seed", "2"], environment: env).status == 0)
        let folders = ["--data-dir", home + "/anne", "--data-dir", home + "/bert"]

        // The hand count, from the dossier files.
        var granted = 0, requested = 0, perStatus: [String: Int] = [:], reached = 0
        for folder in ["anne", "bert"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: home + "/\(folder)/dossiers") {
                let data = try Data(contentsOf: URL(fileURLWithPath: home + "/\(folder)/dossiers/" + name))
                let dossier = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                if !((dossier["sessions"] as? [Any]) ?? []).isEmpty { reached += 1 }
                for a in (dossier["applications"] as? [[String: Any]]) ?? [] {
                    let status = a["status"] as! String
                    perStatus[status, default: 0] += 1
                    if ["submitted", "approved", "running", "completed"].contains(status) { requested += a["requestedCents"] as! Int }
                    if ["approved", "running", "completed"].contains(status) { granted += a["grantedCents"] as! Int }
                }
            }
        }

        let json = try run(["status", "--all", "--format", "json"] + folders, environment: env)
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let total = try #require(report["total"] as? [String: Any])
        #expect(total["grantedCents"] as? Int == granted)
        #expect(total["requestedCents"] as? Int == requested)
        #expect(total["reached"] as? Int == reached)
        #expect(total["applications"] as? [String: Int] == perStatus.merging(["draft": 0, "submitted": 0, "approved": 0, "rejected": 0, "withdrawn": 0,
                                                                            "running": 0, "completed": 0]) { a, _ in a })
        #expect((report["regions"] as? [Any])?.count == 12)

        let csv = try run(["status", "--all", "--format", "csv"] + folders, environment: env)
        let rows = parseCSV(csv.out)
        #expect(rows.count == 14)   // header, 12 provinces, total
        let header = rows[0]
        let totalRow = rows[13]
        // The config has no language: Dutch headers (README: CSV columns).
        let grantedText = totalRow[try #require(header.firstIndex(of: "Bedrag toegekend (€)"))]
        #expect(grantedText == "\(granted / 100),\(String(format: "%02d", granted % 100))")
        #expect(Int(totalRow[try #require(header.firstIndex(of: "Bereikt"))]) == reached)

        let markdown = try run(["status", "--all", "--format", "markdown"] + folders, environment: env)
        #expect(markdown.out.hasPrefix("| Regio |"))
        #expect(markdown.out.split(separator: "\n").filter { $0.hasPrefix("|") }.count >= 15)
        let table = try run(["status", "--region", "fryslan"] + folders, environment: env)
        #expect(table.status == 0)
        #expect(table.out.contains("Fryslân"))
        #expect(!table.out.contains("Totaal"))

        // The same municipality in both folders: counted twice, with a warning.
        try FileManager.default.copyItem(atPath: home + "/anne/dossiers/GM0059.json", toPath: home + "/bert/dossiers/GM0059.json")
        let twice = try run(["status", "--all", "--format", "json"] + folders, environment: env)
        #expect(twice.err.contains("Achtkarspelen"))
        let again = try #require(try JSONSerialization.jsonObject(with: Data(twice.out.utf8)) as? [String: Any])
        #expect(again["duplicates"] as? [String] == ["GM0059"])
    }

    @Test func theDashboardDrillsDownToADossier() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        try #"{"role": "team-lead", "language": "en"}"#.write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": home + "/data"])
        #expect(try run(["demo", "--output", home + "/data"], environment: env).status == 0)
        let session = try TmuxSession(command: [Binary.path], environment: env, columns: 120, rows: 40, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Aa en Hunze")
        try session.send("D")
        try session.waitFor(text: "Not reached")
        try session.send("Down", "Down")     // Fryslân
        try session.send("l")                // reached
        try session.send("Enter")
        try session.waitFor(text: "Fryslân · Reached")
        try session.send("Enter")
        try session.waitFor(text: "GM")
        try session.send("Escape", "Escape", "Escape", "q")
        #expect(try session.exitStatus() == 0)
    }

    /// Issue 29: the total row covers the regions shown and says so; headings are capitalised alike,
    /// and an amount never shares a heading with a status.
    @Test func theTotalSaysWhatItCovers() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try #"{"adviser": "Anne", "regions": ["Fryslân", "Groningen", "Drenthe"]}"#.write(toFile: home + "/config.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home)
        let options = ["--config", home + "/config.json", "--data-dir", home + "/data"]
        #expect(try run(["demo", "--output", home + "/data"] + options.prefix(2), environment: env).status == 0)
        let table = try run(["status", "--format", "markdown"] + options, environment: env)
        let rows = table.out.split(separator: "\n").map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        let header = try #require(rows.first)
        let lowercase = header.filter { heading in heading.first.map(\.isLowercase) ?? false }
        #expect(lowercase.isEmpty, "every heading capitalised: \(header)")
        #expect(Set(header).count == header.count, "no heading twice: \(header)")
        let totalRow = rows.first { $0.first == "Totaal (3 regio's)" }
        let total = try #require(totalRow, "\(table.out)")
        #expect(total[1] == "40", "18 + 10 + 12 municipalities, not 342")
        let all = try run(["status", "--all", "--format", "markdown"] + options, environment: env)
        #expect(all.out.contains("| Totaal (heel Nederland) | 342 |"), "the twelve provinces cover the country: \(all.out)")
    }
}
