import Foundation
import Testing
import ImpulsCore
@testable import ImpulsStore

/// The config file: every setting a config can hold, written out as a config file and read back
/// by the loader, is the setting that was written; and the sample shipped with impuls reads back
/// to the same config when written out again.
@Suite struct ConfigRoundTripTests {
    @Test func everyGeneratedConfigReadsBackAsWritten() throws {
        let rounds = 200 * max(1, Int(ProcessInfo.processInfo.environment["IMPULS_SOAK"] ?? "1") ?? 1)
        for round in 0..<rounds {
            var maker = RandomConfig(seed: UInt64(round) &+ 7)
            let config = maker.config()
            let bytes = ConfigFile.write(config)
            let read = try ConfigLoader.parse(bytes, file: "config.json")
            #expect(ConfigFile.same(read, config), "round \(round)")
            #expect(String(decoding: ConfigFile.write(read), as: UTF8.self) == String(decoding: bytes, as: UTF8.self), "round \(round): written again, the same bytes")
        }
    }

    @Test func theSampleReadsBackTheSameWhenWrittenOut() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sample = try ConfigLoader.load(file: root.appendingPathComponent("config.sample.json").path)
        let bytes = ConfigFile.write(sample)
        let again = try ConfigLoader.parse(bytes, file: "config.json")
        #expect(ConfigFile.same(again, sample))
        #expect(String(decoding: ConfigFile.write(again), as: UTF8.self) == String(decoding: bytes, as: UTF8.self))
    }

    /// The generator does set every key the loader knows: the property above is about all of them.
    @Test func theGeneratedConfigsUseEveryKey() throws {
        var keys = Set<String>()
        for seed in 0..<20 {
            var maker = RandomConfig(seed: UInt64(seed))
            let root = try JSONParser.parse(ConfigFile.write(maker.config()))
            guard case .object(let members) = root.value else { Issue.record("not an object"); continue }
            keys.formUnion(members.map(\.key))
        }
        #expect(keys == Set(ConfigDecoder.keys))
    }

    /// The comparison itself tells configs apart in each of their parts.
    @Test func theComparisonSeesEveryPart() {
        let base = Config()
        let changes: [(String, (inout Config) -> Void)] = [
            ("adviser", { $0.adviser = "x" }), ("team", { $0.team = .opdrachtgeverschap }), ("language", { $0.language = .en }),
            ("role", { $0.role = .teamLead }), ("dataDir", { $0.dataDir = "/d" }), ("dataDirs", { $0.dataDirs = ["/d"] }),
            ("regionDefinitions", { $0.regionDefinitions.removeLast() }), ("regions", { $0.regions = ["Fryslân"] }),
            ("rules", { $0.rules.maximumMonths = 3 }), ("theme", { $0.theme = .dark }), ("syncTimeoutSeconds", { $0.syncTimeoutSeconds = 5 }),
            ("personalDataMonths", { $0.personalDataMonths = 24 }),
        ]
        #expect(changes.map(\.0).sorted() == ConfigDecoder.keys.sorted())
        for (name, change) in changes {
            var other = base
            change(&other)
            #expect(!ConfigFile.same(other, base), "\(name)")
        }
        #expect(ConfigFile.same(Config(), base))
    }
}

/// A config written out as a file, with every key (test support: impuls itself never writes one).
enum ConfigFile {
    static func write(_ c: Config) -> [UInt8] {
        let regions: [JSONNode] = c.regionDefinitions.map { region in
            let selector: (String, JSONNode) = switch region.selector {
            case .provinces(let names): ("provinces", .strings(names))
            case .safetyRegions(let codes): ("safetyRegions", .strings(codes))
            case .municipalities(let codes): ("municipalities", .strings(codes.map(\.rawValue)))
            }
            return .object([("name", .string(region.name)), selector])
        }
        let rules: JSONNode = .object([
            ("maximumAmount", .int64(c.rules.maximumAmount.value / 100)), ("openingDate", .day(c.rules.openingDate)),
            ("closingDate", .day(c.rules.closingDate)), ("maximumMonths", .int(c.rules.maximumMonths)),
            ("actionLines", .array(c.rules.actionLines.map { .object([("id", .string($0.id)), ("label", .string($0.label))]) })),
        ])
        return JSONWriter.write(.object([
            ("adviser", .string(c.adviser)), ("team", .string(c.team.rawValue)), ("language", .string(c.language.rawValue)),
            ("role", .string(c.role.rawValue)), ("dataDir", c.dataDir.map { .string($0) }), ("dataDirs", .strings(c.dataDirs)),
            ("regionDefinitions", .array(regions)), ("regions", .strings(c.regions)), ("rules", rules), ("theme", .string(c.theme.rawValue)),
            ("syncTimeoutSeconds", .int(c.syncTimeoutSeconds)), ("personalDataMonths", c.personalDataMonths.map { .int($0) }),
        ]))
    }

    /// Config is not Equatable: every stored setting compared.
    static func same(_ a: Config, _ b: Config) -> Bool {
        a.adviser == b.adviser && a.team == b.team && a.language == b.language && a.role == b.role && a.dataDir == b.dataDir
            && a.dataDirs == b.dataDirs && a.regionDefinitions.map(\.name) == b.regionDefinitions.map(\.name)
            && a.regionDefinitions.map(\.selector) == b.regionDefinitions.map(\.selector) && a.regions == b.regions
            && a.rules == b.rules && a.theme == b.theme && a.syncTimeoutSeconds == b.syncTimeoutSeconds
            && a.personalDataMonths == b.personalDataMonths
    }
}

/// Random configs within what the loader accepts: names as the reference data spells them,
/// texts with quotes, escapes and wide characters, every selector, every rule.
struct RandomConfig {
    var rng: SeededGenerator
    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    static let pieces = ["Anne", "de Vries", "東京", "👍", "\"quoted\"", "back\\slash", "é", "Fryslân", "tab\there", "two\nlines"]

    mutating func text() -> String {
        (0..<Int.random(in: 1...3, using: &rng)).map { _ in RandomConfig.pieces.randomElement(using: &rng)! }.joined(separator: " ")
    }

    mutating func some<T>(of all: [T], atMost: Int) -> [T] {
        Array(all.shuffled(using: &rng).prefix(Int.random(in: 1...atMost, using: &rng)))
    }

    mutating func config() -> Config {
        let data = ReferenceData.shared
        var c = Config()
        c.adviser = Bool.random(using: &rng) ? text() : ""
        c.team = Team.allCases.randomElement(using: &rng)!
        c.language = Language.allCases.randomElement(using: &rng)!
        c.role = Role.allCases.randomElement(using: &rng)!
        c.theme = Theme.allCases.randomElement(using: &rng)!
        c.syncTimeoutSeconds = Int.random(in: 1...3600, using: &rng)
        c.personalDataMonths = Bool.random(using: &rng) ? Int.random(in: 1...1200, using: &rng) : nil
        c.dataDir = Bool.random(using: &rng) ? "~/gegevens/" + text() : nil
        c.dataDirs = (0..<Int.random(in: 0...2, using: &rng)).map { "/srv/team \($0)/" + text() }
        var regions: [Region] = []
        for n in 0..<Int.random(in: 1...4, using: &rng) {
            let name = "Regio \(n) " + text()
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: regions.append(Region(name: name, selector: .provinces(some(of: data.provinces, atMost: 3))))
            case 1: regions.append(Region(name: name, selector: .safetyRegions(some(of: data.safetyRegions.map(\.code), atMost: 3))))
            default: regions.append(Region(name: name, selector: .municipalities(some(of: data.current.map(\.code), atMost: 5))))
            }
        }
        c.regionDefinitions = regions
        c.regions = some(of: regions.map(\.name), atMost: regions.count)
        let opening = CalendarDay(parsing: "2022-09-01")!.adding(days: Int.random(in: -400...400, using: &rng))
        c.rules = Rules(maximumAmount: Cents(euros: Int64.random(in: 1...1_000_000_000, using: &rng)), openingDate: opening,
                        closingDate: opening.adding(days: Int.random(in: 1...900, using: &rng)), maximumMonths: Int.random(in: 1...120, using: &rng),
                        actionLines: (0..<Int.random(in: 1...4, using: &rng)).map { ActionLine(id: "lijn-\($0)", label: text()) })
        return c
    }
}
