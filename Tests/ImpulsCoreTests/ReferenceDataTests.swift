import Foundation
import Testing
@testable import ImpulsCore
import ImpulsTestSupport

@Suite struct ReferenceDataTests {
    let data = ReferenceData.shared

    @Test func has342UniqueCurrentMunicipalities() {
        #expect(data.current.count == 342)
        #expect(Set(data.current.map(\.code)).count == 342)
        #expect(Set(data.current.map(\.name)).count == 342)
    }

    @Test func keepsDiacriticsAndApostrophes() {
        let names = Set(data.current.map(\.name))
        #expect(names.contains("Súdwest-Fryslân"))
        #expect(names.contains("'s-Hertogenbosch"))
        #expect(names.contains("Noardeast-Fryslân"))
        #expect(data.provinces.contains("Fryslân"))
        #expect(data.provinces.count == 12)
        #expect(data.safetyRegions.count == 25)
    }

    @Test func formerMunicipalitiesPointToTheirSuccessor() throws {
        #expect(data.former.map(\.name) == ["Weesp", "Brielle", "Hellevoetsluis", "Westvoorne"])
        let weesp = try #require(data.municipality(MunicipalityCode("GM0457")!))
        #expect(weesp.mergedInto == MunicipalityCode("GM0363"))
        #expect(data.municipality(weesp.mergedInto!)?.name == "Amsterdam")
        #expect(weesp.safetyRegion == "Gooi en Vechtstreek")
        for former in data.former {
            #expect(data.municipality(former.mergedInto!) != nil)
            #expect(!data.current.contains { $0.code == former.code })
        }
    }

    /// The shipped source data, when shared/ sits beside the checkout.
    static let sourceData: Data? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? Data(contentsOf: root.deletingLastPathComponent().appendingPathComponent("shared/data/municipalities-2023.json"))
    }()

    /// The compiled table equals the shipped source data.
    @Test(.enabled(if: sourceData != nil, "needs shared/data/municipalities-2023.json beside the checkout"))
    func matchesTheSourceData() throws {
        let bytes = try #require(Self.sourceData)
        let json = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        let rows = try #require(json["municipalities"] as? [[String: String]])
        #expect(rows.count == data.current.count)
        for (row, m) in zip(rows, data.current) {
            #expect(row["code"] == m.code.rawValue)
            #expect(row["name"] == m.name)
            #expect(row["province"] == m.province)
            #expect(row["safetyRegionCode"] == m.safetyRegionCode)
            #expect(row["safetyRegion"] == m.safetyRegion)
        }
    }

    @Test func resolvesByCodeNameAndPrefix() {
        guard case .found(let a) = data.resolve("gm1900") else { Issue.record("code"); return }
        #expect(a.name == "Súdwest-Fryslân")
        guard case .found(let b) = data.resolve("sudwest") else { Issue.record("prefix"); return }
        #expect(b.code.rawValue == "GM1900")
        guard case .found(let c) = data.resolve("S-HERTOGENBOSCH") else { Issue.record("apostrophe"); return }
        #expect(c.name == "'s-Hertogenbosch")
        guard case .ambiguous(let several) = data.resolve("Noord") else { Issue.record("ambiguous"); return }
        #expect(several.count > 1)
        guard case .notFound = data.resolve("Atlantis") else { Issue.record("not found"); return }
    }

    @Test func municipalityCodesAreValidated() {
        #expect(MunicipalityCode("GM0080")?.rawValue == "GM0080")
        #expect(MunicipalityCode("0080")?.rawValue == "GM0080")
        #expect(MunicipalityCode("GM80") == nil)
        #expect(MunicipalityCode("../GM0080") == nil)
        #expect(MunicipalityCode("GM00801") == nil)
        #expect(MunicipalityCode("GM٠٠٨٠") == nil)
    }

    /// What is worked out once at start is what the municipalities say.
    @Test func derivedListsAgreeWithTheMunicipalities() {
        #expect(data.all.map(\.code) == (data.current + data.former).map(\.code))
        #expect(Set(data.provinces) == Set(data.current.map(\.province)))
        #expect(data.provinces == data.provinces.sorted { Folding.fold($0) < Folding.fold($1) })
        #expect(data.provinces.first == "Drenthe" && data.provinces[2] == "Fryslân")
        var regions: [String: String] = [:]
        for m in data.current { regions[m.safetyRegionCode] = m.safetyRegion }
        #expect(data.safetyRegions.map(\.code) == regions.keys.sorted())
        #expect(data.safetyRegions.allSatisfy { regions[$0.code] == $0.name })
        for m in data.all {
            #expect(data.municipality(m.code) == m)
            #expect(m.searchKey == Folding.fold(m.name + " " + m.code.rawValue))
        }
        #expect(data.current.last?.name == "Zwolle" && data.current.last?.safetyRegion == "IJsselland")
    }

    @Test func regionsByProvinceSafetyRegionAndList() {
        let provinces = Region.provinces()
        #expect(provinces.count == 12)
        #expect(provinces.reduce(0) { $0 + $1.members().count } == 342)
        let fryslan = Region(name: "VR Fryslân", selector: .safetyRegions(["VR02"]))
        #expect(fryslan.members().count == 18)
        let custom = Region(name: "x", selector: .municipalities([MunicipalityCode("GM0457")!, MunicipalityCode("GM0363")!]))
        #expect(custom.members().map(\.name) == ["Amsterdam"])
        #expect(custom.members(includingFormer: true).map(\.name) == ["Amsterdam", "Weesp"])
    }
}
