import Foundation
import Testing

/// `impuls import` under faults (#25): dates the command line would refuse are refused with the
/// file and the record named.
@Suite struct ImportEndToEndTests {
    /// An export edited by hand: a session after today, an application's step after today or
    /// before the step it follows. Each is refused, naming the file, the record and the dossier, and
    /// nothing is written; the dry run refuses alike.
    @Test func datesTheCommandLineRefusesAreRefused() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0080", "--summary", "first").status == 0)
        #expect(w.run("application", "new", "GM0080", "--title", "Training", "--amount", "5000", "--start", "2023-11-01",
                      "--end", "2024-01-31", "--action-line", "wijkteams").status == 0)
        #expect(w.run("application", "advance", "GM0080", "--to", "submitted").status == 0)
        let exported = w.home + "/export.json"
        #expect(w.run("export", "--output", exported).status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: exported))) as? [String: Any])
        try FileManager.default.removeItem(atPath: w.data)
        #expect(w.run("session", "add", "GM0014", "--summary", "elsewhere").status == 0)
        let start = w.snapshot()

        func variant(_ name: String, _ edit: (inout [String: Any]) -> Void) throws -> String {
            var copy = root
            var dossiers = try #require(copy["dossiers"] as? [[String: Any]])
            edit(&dossiers[0])
            copy["dossiers"] = dossiers
            let path = w.home + "/" + name + ".json"
            w.write(String(decoding: try JSONSerialization.data(withJSONObject: copy), as: UTF8.self), to: path)
            return path
        }
        func steps(_ d: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
            var applications = d["applications"] as? [[String: Any]] ?? []
            var steps = applications[0]["steps"] as? [String: Any] ?? [:]
            edit(&steps)
            applications[0]["steps"] = steps
            d["applications"] = applications
        }
        let cases: [(name: String, names: [String], edit: (inout [String: Any]) -> Void)] = [
            ("session-9999", ["sessions[0].date", "9999-12-31", "after today"], {
                var sessions = $0["sessions"] as? [[String: Any]] ?? []
                sessions[0]["date"] = "9999-12-31"
                $0["sessions"] = sessions
            }),
            ("session-tomorrow", ["sessions[1].date", "2023-10-17"], {
                var sessions = $0["sessions"] as? [[String: Any]] ?? []
                sessions.append(["id": "0badc0de", "date": "2023-10-17", "kind": "advice", "summary": "tomorrow"])
                $0["sessions"] = sessions
            }),
            ("step-after-today", ["applications[0].steps.submitted", "2023-12-01"], { steps(&$0) { $0["submitted"] = "2023-12-01" } }),
            ("step-before-draft", ["applications[0].steps.submitted", "before the previous step"], {
                steps(&$0) { $0["draft"] = "2023-10-16"; $0["submitted"] = "2023-10-01" }
            }),
        ]
        for c in cases {
            let file = try variant(c.name, c.edit)
            for dry in [true, false] {
                let result = w.run(["import", file] + (dry ? ["--dry-run"] : []))
                #expect(result.status == 2, "\(c.name): refused as bad data (as every rule an export breaks), status \(result.status): \(result.out)")
                for text in c.names + [file, "Leeuwarden"] { #expect(result.err.contains(text), "\(c.name): names '\(text)': \(result.errHead)") }
                #expect(result.err.contains("nothing imported"), "\(c.name): \(result.errHead)")
                #expect(w.snapshot() == start, "\(c.name): nothing written")
            }
        }
        // The export as it was imports.
        #expect(w.run("import", try variant("as-is") { _ in }).status == 0)
    }
}
