import Foundation
import Testing
import ImpulsCore
@testable import ImpulsStore

/// The fast reader accepts only what the careful one accepts, and reads it the same.
@Suite struct DossierPullTests {
    static let demo = DemoGenerator.make(scale: .region, seed: 7, today: today, rules: .scheme, adviser: "Anne",
                                         municipalities: Array(ReferenceData.shared.current.prefix(12)))

    @Test func readsEveryDemoDossierAsTheCarefulReaderDoes() throws {
        for dossier in DossierPullTests.demo {
            let bytes = DossierFormat.encode(dossier)
            let fast = try DossierPull.decode(bytes)
            #expect(fast == (try DossierFormat.decodeCarefully(bytes, fileCode: dossier.code, file: "f")))
            #expect(fast == dossier)
        }
        let sample = DossierFormat.encode(try sampleDossier())
        #expect(try DossierPull.decode(sample) == (try DossierFormat.decodeCarefully(sample, fileCode: fryslan, file: "f")))
    }

    /// Thousands of damaged files: whenever the fast reader accepts one, the careful reader accepts
    /// it too and reads the same dossier; otherwise the careful reader's verdict stands.
    @Test func neverAcceptsWhatTheCarefulReaderRefuses() throws {
        var rng = SeededGenerator(seed: 99)
        let originals = DossierPullTests.demo.map(DossierFormat.encode) + [DossierFormat.encode(try sampleDossier())]
        let replacements: [[UInt8]] = ["\"", "{", "}", "[", "]", ",", ":", "0", "-1", "null", "true", "\"x\"", "\\", " ", "9999999999999999999999", "\"2023-02-30\""]
            .map { Array($0.utf8) }
        var accepted = 0
        let soak = Int(ProcessInfo.processInfo.environment["IMPULS_SOAK"] ?? "1") ?? 1
        for round in 0..<2_000 * max(1, soak) {
            var bytes = originals[round % originals.count]
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                let length = min(bytes.count - at, Int.random(in: 0...6, using: &rng))
                bytes.replaceSubrange(at..<at + length, with: replacements.randomElement(using: &rng)!)
            }
            guard let fast = try? DossierPull.decode(bytes) else { continue }
            accepted += 1
            let careful = try? DossierFormat.decodeCarefully(bytes, fileCode: fast.code, file: "f")
            #expect(careful == fast, "round \(round): the fast reader accepted what the careful one reads differently")
        }
        #expect(accepted > 0, "some damaged files are still valid dossiers, so the comparison ran")
    }

    /// Issue 26, part 6: the figures reading keeps who logged each session and who recorded what
    /// when, so a colleague who covered counts in the advisers table read from files, too.
    @Test func theFiguresReadingKnowsWhoDidTheWork() throws {
        let bob = ChangeContext(rules: .scheme, today: today, actor: "Bob", seed: 9)
        var d = try sampleDossier().addingSession(AdviceSession(id: "s9", date: today, kind: .call, summary: "Bob covers"), context: bob)
        d = try d.addingContact(Contact(id: "c9", name: "Petra"), context: ChangeContext(rules: .scheme, today: today, actor: "Carl", seed: 10))
        let figures = try DossierPull.decodeFigures(DossierFormat.encode(d)).figures(today: today)
        #expect(figures == DossierFigures(d, today: today))
        #expect(figures.work["Bob"] == AdviserWork(sessionsLast30Days: 1, sessionsLast90Days: 1, active: true), "\(figures.work)")
        #expect(figures.work["Carl"] == AdviserWork(active: true), "\(figures.work)")
    }

    /// Reading without texts (for the status figures) makes every check a full reading makes: on the
    /// same damaged files it accepts exactly what the full reading accepts, and the figures agree.
    @Test func readingWithoutTextsGivesTheSameVerdictAndFigures() throws {
        var damage = DamagedFiles(seed: 41, originals: DossierPullTests.demo.map(DossierFormat.encode) + [DossierFormat.encode(try sampleDossier())])
        let originals = damage.originals
        var (accepted, refused) = (0, 0)
        for round in 0..<3_000 {
            let bytes = damage.file(round)
            let full = try? DossierPull.decode(bytes)
            let hollow = try? DossierPull.decodeFigures(bytes)
            #expect((full == nil) == (hollow == nil), "round \(round): one reading accepted what the other refused")
            guard let full, let hollow else { refused += 1; continue }
            accepted += 1
            for day in [today, today.adding(days: -200), today.adding(days: 400)] {
                #expect(DossierFigures(full, today: day) == hollow.figures(today: day), "round \(round)")
            }
        }
        #expect(accepted > originals.count && refused > 0, "both verdicts occurred, so the comparison ran")
    }
}

/// Ids are unique per set (records, history entries, notices), as the careful reader checks them;
/// the fast reader checks them by hashing their bytes and leaves anything unusual to it.
@Suite struct DossierPullIDTests {
    /// The fast reader in both readings, and the careful one: what each makes of `dossier`'s file.
    private func verdicts(_ dossier: Dossier) -> (whole: Dossier?, figures: Dossier?, careful: Dossier?) {
        let bytes = DossierFormat.encode(dossier)
        return (try? DossierPull.decode(bytes), try? DossierPull.decode(bytes, reading: .figures),
                try? DossierFormat.decodeCarefully(bytes, fileCode: dossier.code, file: "f"))
    }

    @Test func refusesARecordIDUsedTwiceAcrossKinds() throws {
        var sameAsSession = try sampleDossier()
        sameAsSession.contacts[0].id = sameAsSession.sessions[0].id
        var sameAsApplication = try sampleDossier()
        sameAsApplication.sessions[0].followUps[0].id = sameAsApplication.applications[0].id
        var entryTwice = try sampleDossier()
        entryTwice.history[1].id = entryTwice.history[0].id
        for dossier in [sameAsSession, sameAsApplication, entryTwice] {
            let v = verdicts(dossier)
            #expect(v.whole == nil && v.figures == nil && v.careful == nil)
        }
    }

    @Test func acceptsTheSameIDInAnotherSetOrInASnapshot() throws {
        var crossSets = try sampleDossier()
        crossSets.history[0].id = crossSets.contacts[0].id
        // A removed contact's snapshot keeps its id; a new contact may take the same id.
        var snapshot = try sampleDossier().removing(.contact, id: "c1", context: context)
        snapshot = try snapshot.addingContact(Contact(id: "c1", name: "Opnieuw"), context: context)
        for dossier in [crossSets, snapshot] {
            let v = verdicts(dossier)
            #expect(v.careful == dossier)
            #expect(v.whole == dossier)
            #expect(v.figures != nil)
        }
    }

    @Test func leavesAnIDBeyondASCIIToTheCarefulReader() throws {
        var accented = try sampleDossier()
        accented.contacts[0].id = "cé"
        let v = verdicts(accented)
        #expect(v.whole == nil && v.figures == nil)
        #expect(v.careful == accented)
        #expect(try DossierFormat.decode(DossierFormat.encode(accented), fileCode: fryslan, file: "f") == accented)
    }
}

/// The first screen's preview (`Reading.row`) shows each line as the whole reading does: whatever
/// file the whole reading accepts, the preview reads to the same row figures.
@Suite struct RowPreviewTests {
    @Test func givesTheRowTheWholeReadingGivesOnDamagedFilesToo() throws {
        var damage = DamagedFiles(seed: 17, originals: DossierPullTests.demo.map(DossierFormat.encode) + [DossierFormat.encode(try sampleDossier())])
        let originals = damage.originals
        var (compared, previewOnly) = (0, 0)
        for round in 0..<3_000 {
            let bytes = damage.file(round)
            let whole = try? DossierFormat.decode(bytes, fileCode: fryslanOr(bytes), file: "f")
            let row = try? DossierFormat.row(bytes, fileCode: fryslanOr(bytes), file: "f", today: today)
            guard let whole else { if row != nil { previewOnly += 1 }; continue }
            compared += 1
            #expect(row == DossierFigures.Row(whole, today: today), "round \(round)")
        }
        #expect(compared > originals.count, "damaged files that still read were compared")
        #expect(previewOnly > 0, "some damage is only in what the preview passes over, so that path ran")
    }

    /// The code the file's own `code` says (the demo is not all Fryslân).
    private func fryslanOr(_ bytes: [UInt8]) -> MunicipalityCode {
        let text = String(decoding: bytes.prefix(80), as: UTF8.self)
        guard let range = text.range(of: #"GM\d{4}"#, options: .regularExpression) else { return fryslan }
        return MunicipalityCode(String(text[range])) ?? fryslan
    }
}

/// Dossier files with one or two small stretches replaced by JSON's special bytes, escapes and
/// broken UTF-8; the first round of each original is left whole.
struct DamagedFiles {
    let originals: [[UInt8]]
    private var rng: SeededGenerator
    private let replacements: [[UInt8]] = ["\"", "{", "}", "[", "]", ",", ":", "0", "null", "\"x\"", "\\", "\\\"", "\\u00e9", "\\ud800", "é", "\u{1}"]
        .map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80]]

    init(seed: UInt64, originals: [[UInt8]]) {
        self.originals = originals
        rng = SeededGenerator(seed: seed)
    }

    mutating func file(_ round: Int) -> [UInt8] {
        var bytes = originals[round % originals.count]
        guard round >= originals.count else { return bytes }
        for _ in 0..<Int.random(in: 1...2, using: &rng) {
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            let length = min(bytes.count - at, Int.random(in: 0...4, using: &rng))
            bytes.replaceSubrange(at..<at + length, with: replacements.randomElement(using: &rng)!)
        }
        return bytes
    }
}

@Suite struct HashSetTests {
    private func hash(_ text: String) -> UInt64? {
        var text = text
        return text.withUTF8 { HashSet.hash(ascii: $0) }
    }

    /// Every id of a large folder goes in once; each comes back as seen, also across growing.
    @Test func remembersWhatWentInThroughEveryGrowth() throws {
        var set = HashSet()
        var rng = SeededGenerator(seed: 5)
        let ids = (0..<20_000).map { _ in String(UInt64.random(in: 0...UInt64.max, using: &rng), radix: 16) + ".00" }
        for id in ids { #expect(set.insert(try #require(hash(id))), "\(id) is new") }
        for id in ids.shuffled(using: &rng).prefix(500) { #expect(!set.insert(try #require(hash(id))), "\(id) was seen") }
        #expect(set.insert(0) && !set.insert(0), "a hash of zero is kept like any other")
    }

    @Test func hashesEveryByteAndLengthAndRefusesWhatIsNotASCII() {
        let texts = ["", "a", "a\0", "ab", "12345678", "123456789", "1234567890abcdef", "1234567890abcdeg", "2d032db672e338a8.00", "2d032db672e338a8.01"]
        let hashes = texts.compactMap(hash)
        #expect(Set(hashes).count == texts.count)
        #expect(hash("cé") == nil && hash("12345678é") == nil)
    }
}
