import Foundation
import Testing

@Suite struct FoundationEndToEndTests {
    @Test func listsRegionsAndMunicipalities() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = pinnedEnvironment(home: home)
        let json = try run(["municipalities", "--format", "json"], environment: env)
        #expect(json.status == 0)
        let list = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
        #expect(list?.count == 342)
        let search = try run(["municipalities", "--search", "sudwest"], environment: env)
        #expect(search.status == 0)
        #expect(search.out.contains("Súdwest-Fryslân"))
        let region = try run(["municipalities", "--region", "fryslan", "--format", "csv"], environment: env)
        #expect(region.out.split(separator: "\n").count == 19)
        let regions = try run(["regions", "--format", "json"], environment: env)
        let parsed = try JSONSerialization.jsonObject(with: Data(regions.out.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 12)
        #expect(parsed?.reduce(0) { $0 + ($1["municipalities"] as? Int ?? 0) } == 342)
        #expect(try run(["--version"], environment: env).out.hasPrefix("0."))
    }

    @Test func brokenConfigExitsWith2AndNamesFileAndKey() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let config = home + "/config.json"
        try "{\n  \"rules\": {\"maximumAmount\": -10000}\n}\n".write(toFile: config, atomically: true, encoding: .utf8)
        let result = try run(["regions", "--config", config], environment: pinnedEnvironment(home: home))
        #expect(result.status == 2)
        #expect(result.err.contains(config + ":2:30"))
        #expect(result.err.contains("rules.maximumAmount"))
        #expect(result.out.isEmpty)
        let viaEnv = try run(["municipalities"], environment: pinnedEnvironment(home: home, extra: ["IMPULS_CONFIG": home + "/missing.json"]))
        #expect(viaEnv.status == 2)
        #expect(viaEnv.err.contains("missing.json"))
        let badUsage = try run(["municipalities", "--format", "xml"], environment: pinnedEnvironment(home: home))
        #expect(badUsage.status == 2)
        let unknownRegion = try run(["municipalities", "--region", "Atlantis"], environment: pinnedEnvironment(home: home))
        #expect(unknownRegion.status == 2)
    }

    @Test func theInterfaceListsScrollsAndQuits() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        try #"{"regions": ["Fryslân"], "language": "en"}"#.write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        let session = try TmuxSession(command: [Binary.path, "--data-dir", home + "/data"], environment: pinnedEnvironment(home: home), folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        #expect(try session.screen().contains("18 municipalities"))
        for _ in 0..<17 { try session.send("j") }
        try session.waitFor(text: "Waadhoeke")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
        #expect(!(try session.screen()).contains("Achtkarspelen"), "the terminal is restored after quitting")
    }
}
