import Foundation
import Testing
import ImpulsCore
@testable import ImpulsStore

let fryslan = MunicipalityCode("GM1900")!
let today = CalendarDay(parsing: "2023-10-16")!
/// Anne on her laptop: the dossiers built with it carry laptop ids, as every file impuls writes now does.
let context = ChangeContext(rules: .scheme, today: today, actor: "Anne", laptop: "0123456789abcdef")

func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "impuls-store-" + UUID().uuidString.prefix(8)
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func sampleDossier() throws -> Dossier {
    var d = Dossier(code: fryslan, adviser: "Anne", team: .zorgVeiligheid, notes: "Notitie met \"quotes\" en\nregels 東京 👍")
    d = try d.addingContact(Contact(id: "c1", name: "Pieter", role: "wethouder", email: "p@x.nl", phone: "06"), context: context)
    d = try d.addingSession(AdviceSession(id: "s1", date: today, kind: .followUp, participants: ["A", "B"], actionLines: ["privacy"],
                                          summary: "Regel 1\nRegel 2", minutes: 45,
                                          followUps: [FollowUp(id: "f1", text: "Bellen", due: today.adding(days: 7))]), context: context)
    d = try d.addingApplication(Application(id: "a1", title: "Training", activities: "Twee dagen", actionLines: ["privacy", "toegang"],
                                            team: .zorgVeiligheid, requested: Cents(950_050), plannedStart: today.adding(days: 10),
                                            plannedEnd: today.adding(days: 70)), context: context)
    d = try d.advancingApplication(to: .submitted, input: StepInput(), context: context)
    return try d.advancingApplication(to: .approved, input: StepInput(granted: Cents(900_000)), context: context)
}

@Suite struct DossierFormatTests {
    @Test func roundTripsExactly() throws {
        let d = try sampleDossier()
        let bytes = DossierFormat.encode(d)
        #expect(try DossierFormat.decode(bytes, fileCode: fryslan, file: "x") == d)
        #expect(DossierFormat.encode(try DossierFormat.decode(bytes, fileCode: fryslan, file: "x")) == bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"requestedCents\": 950050"))
        #expect(text.contains("東京 👍"))
    }

    @Test func oneNewSessionChangesFewLines() throws {
        let d = try sampleDossier()
        let before = String(decoding: DossierFormat.encode(d), as: UTF8.self).split(separator: "\n")
        let after = String(decoding: DossierFormat.encode(try d.addingSession(AdviceSession(id: "s2", date: today, kind: .call, summary: "Kort"), context: context)), as: UTF8.self).split(separator: "\n")
        let removed = Set(before).subtracting(after)
        #expect(removed.count <= 2)
        #expect(after.count - before.count < 20)
    }

    @Test func migratesTheOlderFormat() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/format0-GM1900.json")
        let d = try DossierFormat.decode(Array(try Data(contentsOf: fixture)), fileCode: fryslan, file: fixture.path)
        #expect(d.sessions[0].kind == .intake)
        #expect(d.applications[0].requested == Cents(euros: 9_500))
        #expect(d.applications[0].granted == Cents(euros: 9_000))
        #expect(d.applications[0].status == .approved)
        #expect(String(decoding: DossierFormat.encode(d), as: UTF8.self).contains("\"format\": 4"))
    }

    @Test func migratesVersionOneHistoryToIdsMomentsAndWholeRecords() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/format1-GM1900.json")
        let bytes = Array(try Data(contentsOf: fixture))
        let d = try DossierFormat.decode(bytes, fileCode: fryslan, file: fixture.path)
        // Two laptops migrating the same file get the same entries, so their histories merge.
        #expect(try DossierFormat.decode(bytes, fileCode: fryslan, file: fixture.path) == d)
        #expect(d.history.count == 10, "the follow-up removed with its session is folded into the session")
        #expect(Set(d.history.map(\.id)).count == 10)
        #expect(Set(d.history.map(\.change)).count == 8)
        #expect(d.history.map(\.at) == d.history.map(\.at).sorted(), "the file's order is kept")
        #expect(d.history.map(\.subject).prefix(2) == [.contact("c1"), .session("s1")])
        let removal = try #require(d.history.first { $0.action == .removed })
        #expect(removal.before == .session(AdviceSession(id: "s2", date: day("2023-10-02"), kind: .call, summary: "Kort",
                                                          followUps: [FollowUp(id: "f2", text: "Mailen", due: day("2023-10-20"))])))
        let undo = try #require(d.history.last)
        #expect(undo.undoes == d.history.first { $0.field == .contact(.role) }?.change)
        // The migrated history still undoes: change 7 was undone, so the next undo takes back the submission.
        let undone = try d.undoingLastChange(context: context)
        #expect(undone.applications[0].status == .draft)
        let encoded = DossierFormat.encode(d)
        #expect(try DossierFormat.decode(encoded, fileCode: fryslan, file: "again") == d)
        #expect(String(decoding: encoded, as: UTF8.self).contains("\"before\": {"))
    }

    func issue(_ text: String, code: MunicipalityCode = fryslan) -> FileIssue? {
        do {
            _ = try DossierFormat.decode(Array(text.utf8), fileCode: code, file: "f.json")
            return nil
        } catch {
            return error
        }
    }

    @Test func reportsHostileAndBrokenFilesWithPositions() throws {
        let good = String(decoding: DossierFormat.encode(try sampleDossier()), as: UTF8.self)
        #expect(issue("")?.problem == .empty)
        #expect(issue(String(good.prefix(good.count / 2)))?.problem == .unexpectedEnd)
        let wrongType = good.replacingOccurrences(of: "\"minutes\": 45", with: "\"minutes\": \"45\"")
        let problem = try #require(issue(wrongType))
        #expect(problem.keyPath == "sessions[0].minutes")
        #expect(problem.line != nil && problem.column != nil)
        #expect(issue(good.replacingOccurrences(of: "\"code\": \"GM1900\"", with: "\"code\": \"../../etc/passwd\""))?.keyPath == "code")
        #expect(issue(good, code: MunicipalityCode("GM0014")!)?.problem == .codeMismatch(fileCode: "GM0014", contentCode: "GM1900"))
        #expect(issue(good.replacingOccurrences(of: "\"format\": 4", with: "\"format\": 7"))?.problem == .futureVersion(found: 7, supported: 4))
        #expect(issue(good.replacingOccurrences(of: "\"date\": \"2023-10-16\"", with: "\"date\": \"2023-02-30\""))?.keyPath == "sessions[0].date")
        #expect(issue(good.replacingOccurrences(of: "\"status\": \"approved\"", with: "\"status\": \"granted\""))?.keyPath == "applications[0].status")
        #expect(issue(good.replacingOccurrences(of: "950050", with: "-5"))?.keyPath == "applications[0].requestedCents")
        #expect(issue("[1, 2]")?.problem == .wrongType(expected: .object, found: "array"))
        let huge = "{\"format\": 1, \"code\": \"GM1900\", \"notes\": \"" + String(repeating: "x", count: 50_000_000) + "\"}"
        let hugeDossier = try DossierFormat.decode(Array(huge.utf8), fileCode: fryslan, file: "f")
        #expect(hugeDossier.notes.count == 50_000_000)
    }
}

@Suite struct DataFolderTests {
    @Test func savesAtomicallyWithPrivateModes() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path + "/data")
        let d = try sampleDossier()
        let revision = try folder.save(d, expected: nil).revision
        let loaded = try #require(try folder.load(fryslan).get())
        #expect(loaded.dossier == d)
        #expect(loaded.revision == revision)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file(for: fryslan))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder.dossiersPath)
        #expect((folderAttributes[.posixPermissions] as? Int) == 0o700)
        #expect(try FileIO.list(folder.dossiersPath) == ["GM1900.json"])
    }

    @Test func refusesToOverwriteAChangedFile() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path)
        let d = try sampleDossier()
        let first = try folder.save(d, expected: nil).revision
        #expect(throws: StoreError.conflict(file: folder.file(for: fryslan))) { try folder.save(d, expected: nil) }
        // Someone edits the file by hand (or git pulls): the stale revision is refused.
        var edited = d
        edited.notes = "met de hand"
        let other = try DataFolder(path: path)
        _ = try other.save(edited, expected: first)
        var mine = d
        mine.notes = "mijn wijziging"
        #expect(throws: StoreError.conflict(file: folder.file(for: fryslan))) { try folder.save(mine, expected: first) }
        #expect(try folder.load(fryslan).get()?.dossier.notes == "met de hand")
    }

    @Test func twoWritersOnOneDossierNeverLoseAnAcknowledgedChange() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let setup = try DataFolder(path: path)
        try setup.save(Dossier(code: fryslan), expected: nil)
        let acknowledged = Mutex()
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            guard let folder = try? DataFolder(path: path) else { return }
            for n in 0..<25 {
                // Read, change, write; on a conflict read again and retry (a few hundred times at
                // most: a writer that never gets through is a failure below, not a hang).
                for _ in 0..<500 {
                    guard let stored = try? folder.load(fryslan).get() else { continue }
                    let session = AdviceSession(id: "w\(writer)-\(n)", date: today, kind: .call, summary: "writer \(writer) #\(n)")
                    guard let next = try? stored.dossier.addingSession(session, context: context) else { return }
                    do {
                        try folder.save(next, expected: stored.revision)
                        acknowledged.append(session.id)
                        break
                    } catch StoreError.conflict {
                        continue
                    } catch {
                        return
                    }
                }
            }
        }
        let final = try #require(try setup.load(fryslan).get())
        #expect(Set(final.dossier.sessions.map(\.id)) == Set(acknowledged.values))
        #expect(acknowledged.values.count == 100)
    }

    @Test func anUnreadableFileIsReportedAndNeverOverwritten() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path)
        try folder.save(try sampleDossier(), expected: nil)
        let broken = "{ \"format\": 1, \"code\": \"GM0014\", \"sessions\": [ { \"id\": 5 } ] }\n"
        try broken.write(toFile: folder.dossiersPath + "/GM0014.json", atomically: false, encoding: .utf8)
        try "not json".write(toFile: folder.dossiersPath + "/notes.txt", atomically: false, encoding: .utf8)
        let contents = folder.loadAll()
        #expect(contents.dossiers.keys.map(\.rawValue) == ["GM1900"])
        #expect(contents.issues.count == 2)
        #expect(contents.issues.contains { $0.file.hasSuffix("GM0014.json") && $0.keyPath == "sessions[0].id" && $0.line == 1 })
        #expect(contents.unreadableCodes == [MunicipalityCode("GM0014")!])
        let code = MunicipalityCode("GM0014")!
        #expect(throws: StoreError.self) { try folder.save(Dossier(code: code), expected: nil) }
        #expect(try String(contentsOfFile: folder.dossiersPath + "/GM0014.json", encoding: .utf8) == broken)
    }

    @Test func sweepsTemporaryFilesLeftByAKilledProcess() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try DataFolder(path: path)
        try "half".write(toFile: path + "/dossiers/.impuls-tmp-GM1900.json.1.abc", atomically: false, encoding: .utf8)
        _ = try DataFolder(path: path)
        #expect(try FileIO.list(path + "/dossiers").isEmpty)
    }

    @Test func refusesAFolderOfANewerVersion() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "{\"format\": \"impuls-data\", \"version\": 9}\n".write(toFile: path + "/impuls.json", atomically: false, encoding: .utf8)
        #expect(throws: StoreError.self) { try DataFolder(path: path) }
    }
}

/// A list that several threads append to.
final class Mutex: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
