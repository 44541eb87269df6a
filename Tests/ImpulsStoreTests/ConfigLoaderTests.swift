import Foundation
import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsStore

@Suite struct ConfigLoaderTests {
    func parse(_ text: String) throws(FileIssue) -> Config {
        try ConfigLoader.parse(Array(text.utf8), file: "config.json")
    }

    func issue(_ text: String) -> FileIssue? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyObjectGivesTheDefaults() throws {
        let config = try parse("{}")
        #expect(config.language == .nl)
        #expect(config.regionDefinitions.count == 12)
        #expect(config.regions.isEmpty)
        #expect(config.rules == Rules.scheme)
        #expect(config.rules.actionLines.count == 8)
        #expect(config.theme == .auto)
    }

    @Test func themeIsAutoLightOrDark() throws {
        #expect(try parse("{\"theme\": \"light\"}").theme == .light)
        #expect(try parse("{\"theme\": \"dark\"}").theme == .dark)
        #expect(try parse("{\"theme\": \"auto\"}").theme == .auto)
        #expect(Message.fileIssue(issue("{\"theme\": \"Dark\"}")!).text(.en).contains("auto"))
    }

    @Test func theSampleLoadsAsIs() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let config = try ConfigLoader.load(file: root.appendingPathComponent("config.sample.json").path)
        #expect(config.adviser == "Anne de Vries")
        #expect(config.regions == ["Fryslân", "Noord (VR01–VR03)"])
        #expect(config.workingRegions.map { $0.members().count } == [18, 40])
        #expect(config.rules == Rules.scheme)
        #expect(config.theme == .auto)
    }

    @Test func regionsBySafetyRegionAndByList() throws {
        let config = try parse("""
        {"regionDefinitions": [{"name": "Noord", "safetyRegions": ["VR01", "Fryslân"]},
                               {"name": "Eigen", "municipalities": ["GM0457", "0363"]}],
         "regions": ["noord", "EIGEN"]}
        """)
        #expect(config.regions == ["Noord", "Eigen"])
        #expect(config.workingRegions[0].members().count == 28)
        #expect(config.workingRegions[1].members(includingFormer: true).map(\.name) == ["Amsterdam", "Weesp"])
    }

    @Test func badJSONNamesLineAndColumn() {
        let problem = issue("{\n  \"adviser\": \"Anne\",\n  \"team\": zorg\n}")
        #expect(problem?.line == 3)
        #expect(problem?.column == 11)
        #expect(problem?.problem == .unexpectedCharacter("z"))
        #expect(Message.fileIssue(problem!).text(.en).hasPrefix("config.json:3:11: unexpected character 'z'"))
    }

    @Test(arguments: [
        ("{\"adviser\": 5}", "adviser"),
        ("{\"team\": \"zorg\"}", "team"),
        ("{\"language\": \"de\"}", "language"),
        ("{\"role\": \"boss\"}", "role"),
        ("{\"theme\": \"solarized\"}", "theme"),
        ("{\"theme\": true}", "theme"),
        ("{\"syncTimeoutSeconds\": 0}", "syncTimeoutSeconds"),
        ("{\"syncTimeoutSeconds\": \"60\"}", "syncTimeoutSeconds"),
        ("{\"personalDataMonths\": 0}", "personalDataMonths"),
        ("{\"regions\": [\"Atlantis\"]}", "regions[0]"),
        ("{\"regions\": \"Fryslân\"}", "regions"),
        ("{\"regionDefinitions\": [{\"name\": \"X\", \"municipalities\": [\"GM9999\"]}]}", "regionDefinitions[0].municipalities[0]"),
        ("{\"regionDefinitions\": [{\"name\": \"X\", \"provinces\": [\"Vlaanderen\"]}]}", "regionDefinitions[0].provinces[0]"),
        ("{\"regionDefinitions\": [{\"name\": \"X\", \"safetyRegions\": [\"VR99\"]}]}", "regionDefinitions[0].safetyRegions[0]"),
        ("{\"regionDefinitions\": [{\"name\": \"X\", \"provinces\": [\"Zeeland\"], \"safetyRegions\": [\"VR01\"]}]}", "regionDefinitions[0]"),
        ("{\"regionDefinitions\": [{\"name\": \"X\", \"provinces\": []}, {\"name\": \"x\", \"provinces\": []}]}", "regionDefinitions[1].name"),
        ("{\"rules\": {\"maximumAmount\": -1}}", "rules.maximumAmount"),
        ("{\"rules\": {\"maximumAmount\": 0}}", "rules.maximumAmount"),
        ("{\"rules\": {\"maximumAmount\": 99.5}}", "rules.maximumAmount"),
        ("{\"rules\": {\"openingDate\": \"2023-02-30\"}}", "rules.openingDate"),
        ("{\"rules\": {\"closingDate\": \"2022-01-01\"}}", "rules.closingDate"),
        ("{\"rules\": {\"maximumMonths\": 0}}", "rules.maximumMonths"),
        ("{\"rules\": {\"actionLines\": []}}", "rules.actionLines"),
        ("{\"rules\": {\"actionLines\": [{\"id\": \"a b\", \"label\": \"x\"}]}}", "rules.actionLines[0].id"),
        ("{\"rules\": {\"maxAmount\": 5}}", "rules.maxAmount"),
        ("{\"adviser\": \"x\", \"colour\": \"red\"}", "colour"),
        ("{\"dataDir\": \" \"}", "dataDir"),
    ])
    func rejectsWithTheKeyPath(text: String, keyPath: String) {
        let problem = issue(text)
        #expect(problem?.keyPath == keyPath, "\(text)")
        #expect(problem?.line == 1)
    }

    @Test(arguments: ["", "[]", "{} {}", "{\"a\": 1, \"a\": 2}", "\u{FEFF}"])
    func rejectsNonObjects(text: String) {
        #expect(issue(text) != nil)
    }

    @Test func missingExplicitFileIsAnError() {
        #expect(throws: FileIssue.self) { try ConfigLoader.load(explicitPath: "/nonexistent/impuls/config.json") }
    }
}
