import Foundation
import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsStore

/// Hostile files and writes that would lock a user out: each is refused where it enters, named,
/// and leaves every other file as it was.
@Suite struct HardeningTests {
    @Test func aFIFONamedLikeADossierIsReportedWithoutBlocking() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path)
        try folder.save(try sampleDossier(), expected: nil)
        #expect(mkfifo(folder.dossiersPath + "/GM0014.json", 0o600) == 0)
        let contents = folder.loadAll()  // would block for ever on a blocking open
        #expect(contents.dossiers.keys.map(\.rawValue) == ["GM1900"])
        #expect(contents.unreadable[MunicipalityCode("GM0014")!]?.problem == .notRegularFile)
        #expect(throws: StoreError.self) { try folder.save(Dossier(code: MunicipalityCode("GM0014")!), expected: nil) }
    }

    @Test func aDossierFileThatIsALinkIsRefusedAndNotReplaced() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path)
        let target = path + "/elsewhere.json"
        try Data(DossierFormat.encode(Dossier(code: MunicipalityCode("GM0014")!))).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: folder.dossiersPath + "/GM0014.json", withDestinationPath: target)
        #expect(folder.loadAll().unreadable[MunicipalityCode("GM0014")!]?.problem == .notRegularFile)
        #expect(FileIO.kind(folder.dossiersPath + "/GM0014.json") == .other)
    }

    @Test func aPlantedLockLinkIsNeverFollowed() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path)
        try FileManager.default.removeItem(atPath: path + "/.impuls.lock")
        try FileManager.default.createSymbolicLink(atPath: path + "/.impuls.lock", withDestinationPath: path + "/victim")
        #expect(throws: StoreError.self) { try folder.save(try sampleDossier(), expected: nil) }
        #expect(!FileManager.default.fileExists(atPath: path + "/victim"))
        #expect(FileIO.kind(folder.file(for: fryslan)) == .missing)
    }

    @Test func aSaveOverTheSizeLimitIsRefusedBeforeWriting() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path)
        let saved = try folder.save(try sampleDossier(), expected: nil)
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.file(for: fryslan)))
        var huge = try sampleDossier()
        huge.notes = String(repeating: "x", count: DataFolder.maximumFileSize)
        #expect {
            try folder.save(huge, expected: saved.revision)
        } throws: { error in
            guard case .tooLarge(_, let bytes, let limit) = error as? StoreError else { return false }
            return bytes > limit
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file(for: fryslan))) == before)
        #expect(try folder.load(fryslan).get()?.dossier == (try sampleDossier()))
    }

    @Test func aDossierWithTooManyValuesForTheParserIsRefusedBeforeWriting() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path)
        var d = Dossier(code: fryslan)
        let session = AdviceSession(id: "s", date: today, kind: .call, participants: Array(repeating: "p", count: JSONParser.maximumValues), summary: "x")
        d.sessions = [session]
        #expect(throws: StoreError.self) { try folder.save(d, expected: nil) }
        #expect(FileIO.kind(folder.file(for: fryslan)) == .missing)
    }

    @Test func theParserBoundsHowManyValuesAFileMayHold() {
        let many = Array("[" + Array(repeating: "0", count: JSONParser.maximumValues + 1).joined(separator: ",") + "]").map { $0.asciiValue! }
        #expect {
            try JSONParser.parse(many)
        } throws: { error in
            (error as? JSONSyntaxError)?.problem == .tooManyValues(limit: JSONParser.maximumValues)
        }
    }

    @Test(arguments: [
        ("\"at\": \"2023-10-16T00:00:00.000Z\"", "\"at\": \"2023-10-16T24:00:00.000Z\"", "history[0].at"),
        ("\"subject\": \"contact:c1\"", "\"subject\": \"meeting:c1\"", "history[0].subject"),
        ("\"minutes\": 45", "\"minutes\": 99999999", "sessions[0].minutes"),
        ("\"requestedCents\": 950050", "\"requestedCents\": 100000000000000000", "applications[0].requestedCents"),
        ("\"id\": \"f1\"", "\"id\": \"s1\"", "sessions[0].followUps[0].id"),
    ])
    func numbersAndIdsAreCheckedWhereTheyEnter(original: String, hostile: String, keyPath: String) throws {
        let text = String(decoding: DossierFormat.encode(try sampleDossier()), as: UTF8.self)
        #expect(text.contains(original))
        let bytes = Array(text.replacingOccurrences(of: original, with: hostile).utf8)
        #expect {
            try DossierFormat.decode(bytes, fileCode: fryslan, file: "GM1900.json")
        } throws: { error in
            (error as? FileIssue)?.keyPath == keyPath && (error as? FileIssue)?.line != nil
        }
    }

    @Test(arguments: ["9223372036854775807", "0", "-1", "99999999999999999999"])
    func aVersionOneChangeNumberOutOfRangeIsRefusedWhereItStands(number: String) throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/format1-GM1900.json")
        let text = try String(contentsOf: fixture, encoding: .utf8).replacingOccurrences(of: "\"change\": 1,", with: "\"change\": \(number),")
        #expect {
            try DossierFormat.decode(Array(text.utf8), fileCode: fryslan, file: "GM1900.json")
        } throws: { error in
            (error as? FileIssue)?.keyPath == "history[0].change" && (error as? FileIssue)?.line == 35
        }
    }

    @Test func aVersionZeroAmountTooLargeToConvertIsRefusedNotTrapped() {
        let file = """
        {"code": "GM1900", "applications": [{"id": "a", "title": "t", "actionLines": ["privacy"], "team": "zorg-veiligheid",
         "requestedEuros": 100000000000000000, "plannedStart": "2023-01-01", "plannedEnd": "2023-02-01", "status": "draft"}]}
        """
        #expect {
            try DossierFormat.decode(Array(file.utf8), fileCode: fryslan, file: "GM1900.json")
        } throws: { error in
            (error as? FileIssue)?.keyPath == "applications[0].requestedEuros"
        }
    }

    @Test func anInterruptedWriteOfSeveralDossiersIsFinishedByTheNextWriter() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path)
        let codes = ["GM0014", "GM0037", "GM0047"].map { MunicipalityCode($0)! }
        var revisions: [Revision] = []
        for code in codes { revisions.append(try folder.save(Dossier(code: code, notes: "old"), expected: nil).revision) }
        // What a process killed after the journal and the first dossier would leave behind.
        let new = codes.map { Dossier(code: $0, notes: "new") }
        _ = try ImportJournal.begin(zip(zip(codes, revisions), new).map { ($0.0, $0.1, DossierFormat.encode($1)) }, in: folder)
        try FileIO.writeAtomically(DossierFormat.encode(new[0]), to: folder.file(for: codes[0]))
        let readOnly = try DataFolder(path: path, readOnly: true)
        #expect(readOnly.loadAll().issues.contains { $0.problem == .interruptedImport })
        let next = try DataFolder(path: path)
        #expect(next.recovery == ImportJournal.Recovery(finished: [codes[1], codes[2]], skipped: [], problem: nil))
        for code in codes { #expect(try next.load(code).get()?.dossier.notes == "new") }
        #expect(next.loadAll().issues.isEmpty)
    }

    @Test func aDossierChangedAfterTheInterruptionIsLeftAsItIs() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path)
        let code = MunicipalityCode("GM0014")!
        let old = try folder.save(Dossier(code: code, notes: "old"), expected: nil).revision
        _ = try ImportJournal.begin([(code, old, DossierFormat.encode(Dossier(code: code, notes: "new")))], in: folder)
        try FileIO.writeAtomically(DossierFormat.encode(Dossier(code: code, notes: "hand edit")), to: folder.file(for: code))
        let next = try DataFolder(path: path)
        #expect(next.recovery?.skipped == [code])
        #expect(try next.load(code).get()?.dossier.notes == "hand edit")
    }

    @Test func saveAllIsRefusedWholeWhenOneDossierChangedMeanwhile() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try DataFolder(path: path)
        let a = MunicipalityCode("GM0014")!, b = MunicipalityCode("GM0037")!
        let ra = try folder.save(Dossier(code: a, notes: "a"), expected: nil).revision
        _ = try folder.save(Dossier(code: b, notes: "b"), expected: nil)
        #expect(throws: StoreError.conflict(file: folder.file(for: b))) {
            try folder.saveAll([(Dossier(code: a, notes: "a2"), ra), (Dossier(code: b, notes: "b2"), nil)])
        }
        #expect(try folder.load(a).get()?.dossier.notes == "a")
        #expect(FileIO.kind(ImportJournal.path(in: folder)) == .missing)
    }

    @Test func aFolderThatDoesNotExistIsNotOpenedReadOnly() {
        #expect(throws: StoreError.folder(FileIssue(file: "/nonexistent/impuls", problem: .notFound))) {
            try DataFolder(path: "/nonexistent/impuls", readOnly: true)
        }
    }

    @Test func controlCharactersInFileNamesAreEscaped() {
        let issue = FileIssue(file: "dossiers/GM\u{1B}[31m.json", problem: .notRegularFile)
        #expect(issue.location == "dossiers/GM\\u{1B}[31m.json")
        #expect(!Message.fileIssue(issue).text(.en).unicodeScalars.contains { $0.value == 0x1B })
    }
}
