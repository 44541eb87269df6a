import Foundation
import Testing

@Suite struct CaseloadEndToEndTests {
    @Test func anApplicationFromDraftToCompletedThroughTheCommandLine() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let data = home + "/data"
        var env = pinnedEnvironment(home: home)
        env["IMPULS_DATA_DIR"] = data
        func impuls(_ args: String...) throws -> (status: Int32, out: String, err: String) { try run(args, environment: env) }

        #expect(try impuls("session", "add", "sudwest", "--summary", "Intake over privacy", "--kind", "intake",
                           "--follow-up", "Begroting opvragen@2023-10-30", "--action-line", "privacy", "--minutes", "45").status == 0)
        let tooMuch = try impuls("application", "new", "Súdwest-Fryslân", "--title", "Training", "--amount", "12.000",
                                 "--start", "2023-11-01", "--end", "2024-01-31", "--action-line", "privacy")
        #expect(tooMuch.status == 1)
        #expect(tooMuch.err.contains("€ 12.000,00"))
        let before = try String(contentsOfFile: data + "/dossiers/GM1900.json", encoding: .utf8)
        #expect(!before.contains("applications\": [\n"), "a refused command writes nothing")
        #expect(try impuls("application", "new", "GM1900", "--title", "Training privacy", "--amount", "€ 9.500",
                           "--start", "2023-11-01", "--end", "2024-01-31", "--action-line", "privacy").status == 0)
        let early = try impuls("application", "advance", "sudwest", "--to", "approved")
        #expect(early.status == 1)
        #expect(try impuls("application", "advance", "sudwest", "--to", "submitted").status == 0)
        let noGrant = try impuls("application", "advance", "sudwest", "--to", "approved", "--granted", "9.600")
        #expect(noGrant.status == 1)
        #expect(try impuls("application", "advance", "sudwest", "--to", "approved", "--granted", "9.000").status == 0)
        #expect(try impuls("application", "advance", "sudwest", "--to", "running").status == 0)
        #expect(try impuls("application", "advance", "sudwest", "--to", "completed").status == 1)
        env["IMPULS_TODAY"] = "2024-02-01"
        #expect(try impuls("application", "advance", "sudwest", "--to", "completed", "--date", "2024-01-31", "--outcome", "30 getraind").status == 0)

        let shown = try impuls("dossier", "show", "sudwest", "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any])
        let application = try #require((json["applications"] as? [[String: Any]])?.first)
        #expect(application["status"] as? String == "completed")
        #expect(application["grantedCents"] as? Int == 900_000)
        #expect((json["history"] as? [Any])?.count == 9)
        #expect(try impuls("check").status == 0)
        #expect(try impuls("dossier", "show", "sudwest").out.contains("afgerond"))

        // Export, import into a fresh folder, and find the same dossier.
        let export = home + "/export.json"
        #expect(try impuls("export", "--output", export).status == 0)
        env["IMPULS_DATA_DIR"] = home + "/other"
        let imported = try impuls("import", export)
        #expect(imported.status == 0)
        #expect(imported.out.contains("Súdwest-Fryslân"))
        // The same dossier, with the import recorded as the last entry of its history.
        func dossier(_ path: String) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any] ?? [:]
        }
        let original = try dossier(data + "/dossiers/GM1900.json"), copy = try dossier(home + "/other/dossiers/GM1900.json")
        for key in ["sessions", "applications", "contacts"] {
            #expect((copy[key] as? NSArray)?.isEqual((original[key] as? [Any]) ?? []) == true, "\(key) imported as they were")
        }
        let history = copy["history"] as? [[String: Any]] ?? []
        #expect(history.count == ((original["history"] as? [Any])?.count ?? 0) + 1)
        #expect(history.last?["action"] as? String == "imported")
        let importedOnce = try String(contentsOfFile: home + "/other/dossiers/GM1900.json", encoding: .utf8)
        let again = try impuls("import", export)
        #expect(again.status == 0)
        #expect(again.out.contains("gewijzigd (0)") && again.out.contains("ongewijzigd: 1"), "a second import changes nothing: \(again.out)")
        #expect(try String(contentsOfFile: home + "/other/dossiers/GM1900.json", encoding: .utf8) == importedOnce)
        // A relative output file, in the current folder.
        #expect(try run(["export", "--format", "csv", "--output", "relative.csv"], environment: env, in: home).status == 0)
        #expect(FileManager.default.fileExists(atPath: home + "/relative.csv"))
    }

    @Test func checkNamesTheCorruptFileAndBadInputIsUsage() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let data = home + "/data"
        let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": data])
        #expect(try run(["demo", "--output", data], environment: env).status == 0)
        #expect(try run(["check"], environment: env).status == 0)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/dossiers").sorted().first {
            (try? String(contentsOfFile: data + "/dossiers/" + $0, encoding: .utf8))?.contains("\"kind\"") == true
        })
        let file = data + "/dossiers/" + name
        let code = String(name.dropLast(5))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"kind\": \"", with: "\"kind\": 3, \"x\": \"").write(toFile: file, atomically: false, encoding: .utf8)
        let check = try run(["check"], environment: env)
        #expect(check.status == 2)
        #expect(check.err.contains(name + ":"))
        let add = try run(["session", "add", code, "--summary", "x"], environment: env)
        #expect(add.status == 2)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\"kind\": 3"), "the broken file is left as it was")
        #expect(try run(["session", "add", "GM0014", "--summary", "x", "--date", "2023-02-30"], environment: env).status == 2)
        #expect(try run(["application", "new", "GM0014", "--title", "x", "--amount", "abc", "--start", "2023-11-01", "--end", "2023-12-01"], environment: env).status == 2)
        #expect(try run(["session", "add", "Atlantis", "--summary", "x"], environment: pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": data])).status == 2)
        #expect(try run(["check"], environment: pinnedEnvironment(home: home, today: "2023-02-30", extra: ["IMPULS_DATA_DIR": data])).status == 2)
    }

    @Test func theDemoIsDeterministic() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = pinnedEnvironment(home: home)
        #expect(try run(["demo", "--output", home + "/a", "--seed", "5"], environment: env).status == 0)
        #expect(try run(["demo", "--output", home + "/b", "--seed", "5"], environment: env).status == 0)
        let a = try FileManager.default.contentsOfDirectory(atPath: home + "/a/dossiers").sorted()
        #expect(a.count == 30)
        for name in a {
            #expect(try Data(contentsOf: URL(fileURLWithPath: home + "/a/dossiers/" + name)) == Data(contentsOf: URL(fileURLWithPath: home + "/b/dossiers/" + name)))
        }
    }
}
