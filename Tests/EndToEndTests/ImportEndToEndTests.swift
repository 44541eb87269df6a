import Foundation
import Testing

/// `impuls import` under faults (#25): dates the command line would refuse are refused with the
/// file and the record named, and the dry run says exactly what the import then does.
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

    /// Two copies of one folder, worked on apart (sessions, applications, undo and redo), one
    /// exported and imported into the other: for every seed, what the dry run says per dossier is
    /// what the import then reports, merging and with `--replace`.
    @Test func theDryRunSaysWhatTheImportDoes() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        try #"{"adviser": "Anne", "language": "en"}"#.write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        var removals = 0
        for seed: UInt64 in [1, 2, 3, 5, 8, 13, 21, 34] {
            var rng = SplitMix(seed: seed)
            let root = home + "/\(seed)"
            let base = root + "/base"
            ImportEndToEndTests.work(base, on: "2023-10-10", steps: 8, &rng, home: home)
            for side in ["folder", "other"] { try FileManager.default.copyItem(atPath: base, toPath: root + "/" + side) }
            ImportEndToEndTests.work(root + "/folder", on: "2023-10-12", steps: 8, &rng, home: home)
            ImportEndToEndTests.work(root + "/other", on: "2023-10-13", steps: 8, &rng, home: home)
            let export = root + "/export.json"
            let env = pinnedEnvironment(home: home, today: "2023-10-14", extra: ["IMPULS_DATA_DIR": root + "/other"])
            #expect(try run(["export", "--output", export], environment: env).status == 0)
            for replace in [false, true] {
                for dry in [true, false] {
                    try FileManager.default.copyItem(atPath: root + "/folder", toPath: root + "/try-\(replace)-\(dry)")
                }
                func importing(dry: Bool) throws -> [String] {
                    let env = pinnedEnvironment(home: home, today: "2023-10-14", extra: ["IMPULS_DATA_DIR": root + "/try-\(replace)-\(dry)"])
                    let result = try run(["import", export] + (replace ? ["--replace"] : []) + (dry ? ["--dry-run"] : []), environment: env)
                    #expect(result.status == 0, "seed \(seed): \(result.err)")
                    return result.out.split(separator: "\n").map(String.init).filter { $0.contains(" added, ") }
                }
                let said = try importing(dry: true), done = try importing(dry: false)
                #expect(said == done, "seed \(seed), replace \(replace): the dry run said\n\(said)\nthe import did\n\(done)")
                if said.contains(where: { !$0.contains(" 0 removed") }) { removals += 1 }
            }
        }
        #expect(removals >= 2, "some exports took records away")
    }

    /// `steps` random commands in the folder, as Anne on `day`: sessions, applications and their
    /// steps, undo and redo (some refused, as they would be by hand).
    static func work(_ folder: String, on day: String, steps: Int, _ rng: inout SplitMix, home: String) {
        var env = pinnedEnvironment(home: home, today: day, extra: ["IMPULS_DATA_DIR": folder])
        let places = ["GM0080", "GM1900", "GM0014"]
        for step in 0..<steps {
            env["IMPULS_NOW"] = day + "T09:" + (step < 10 ? "0" : "") + "\(step):00.000Z"
            let place = places[rng.next(places.count)]
            let arguments: [String]
            switch rng.next(8) {
            case 0, 1:
                arguments = ["session", "add", place, "--summary", "s\(step) \(rng.next(100))"]
                    + (rng.next(2) == 0 ? ["--follow-up", "bellen@2023-11-0\(1 + rng.next(9))"] : [])
            case 2:
                arguments = ["application", "new", place, "--title", "t\(step)", "--amount", "\(1000 + rng.next(9000))",
                             "--start", "2023-11-01", "--end", "2024-01-31", "--action-line", "privacy"]
            case 3:
                let to = ["submitted", "approved", "withdrawn", "rejected"][rng.next(4)]
                arguments = ["application", "advance", place, "--to", to] + (to == "approved" ? ["--granted", "1000"] : ["--note", "n"])
            case 4, 5, 6:
                arguments = ["undo", place, "--yes"]
            default:
                arguments = ["undo", place, "--redo", "--yes"]
            }
            _ = try? run(arguments, environment: env)
        }
    }
}

/// A small seeded generator (SplitMix64), so a seed always makes the same folders.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
