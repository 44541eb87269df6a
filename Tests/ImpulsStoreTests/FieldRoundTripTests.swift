import Foundation
import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsStore

/// The dossier file with typed fields: every field of every record kind, in records, history
/// entries and notices, survives write → read by both readers; a field name the file should not
/// hold is refused where it stands.
@Suite struct FieldRoundTripTests {
    @Test func everyFieldOfEveryRecordKindSurvivesWriteAndRead() throws {
        let rounds = 150 * max(1, Int(ProcessInfo.processInfo.environment["IMPULS_SOAK"] ?? "1") ?? 1)
        for round in 0..<rounds {
            var maker = RandomDossier(seed: UInt64(round) &+ 1)
            let dossier = maker.dossier()
            let bytes = DossierFormat.encode(dossier)
            let careful = try DossierFormat.decodeCarefully(bytes, fileCode: dossier.code, file: "GM1900.json")
            #expect(careful == dossier, "round \(round): the careful reader")
            #expect(try DossierPull.decode(bytes) == dossier, "round \(round): the fast reader")
            #expect(DossierFormat.encode(careful) == bytes, "round \(round): written again, the same bytes")
        }
    }

    /// The generator below does hold every field: the property above is about all of them.
    @Test func theRoundTripCoversEveryFieldOfEveryKind() {
        var maker = RandomDossier(seed: 1)
        let dossier = maker.dossier()
        let subjects: [Subject] = [.dossier, .session("x"), .followUp("x"), .contact("x"), .application("x")]
        for subject in subjects {
            let recorded = Set(dossier.history.filter { $0.subject.record?.kind == subject.record?.kind }.compactMap { $0.field?.name })
            #expect(recorded == Set(RecordField.names(of: subject)), "\(subject)")
            let noticed = Set(dossier.notices.filter { $0.subject.record?.kind == subject.record?.kind }.compactMap { $0.field?.name })
            #expect(noticed == Set(RecordField.names(of: subject)), "\(subject)")
        }
    }

    @Test(arguments: [
        // A name no record has, and a name of another kind of record (a contact's role on a session).
        (Subject.contact("c1"), RecordField.contact(.role), "rank", false),
        (Subject.session("s1"), RecordField.session(.summary), "role", false),
        (Subject.application("a1"), RecordField.application(.status), "stage", false),
        (Subject.dossier, RecordField.dossier(.notice), "name", false),
        (Subject.contact("c1"), RecordField.contact(.role), "title", true),
    ])
    func anUnknownFieldNameIsRefusedWhereItStands(subject: Subject, field: RecordField, hostile: String, inNotice: Bool) throws {
        var d = Dossier(code: fryslan)
        let at = Timestamp(day: today)
        if inNotice {
            d.notices = [Notice(id: "n1", at: at, kind: .fieldClash, subject: subject, field: field, kept: "a", lost: "b")]
        } else {
            d.history = [HistoryEntry(id: "0123456789abcdef.00", at: at, on: today, by: "Anne", subject: subject, action: .changed,
                                      field: field, old: "a", new: "b")]
        }
        let text = String(decoding: DossierFormat.encode(d), as: UTF8.self)
        let original = "\"field\": \"\(field.name)\""
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(original) }) + 1
        let bytes = Array(text.replacingOccurrences(of: original, with: "\"field\": \"\(hostile)\"").utf8)
        #expect(throws: (any Error).self) { try DossierPull.decode(bytes) }
        do throws(FileIssue) {
            _ = try DossierFormat.decode(bytes, fileCode: fryslan, file: "dossiers/GM1900.json")
            Issue.record("a file with the field '\(hostile)' was read")
        } catch {
            #expect(error.file == "dossiers/GM1900.json")
            #expect(error.keyPath == (inNotice ? "notices[0].field" : "history[0].field"))
            #expect(error.line == line)
            #expect(error.problem == .invalid(expected: .oneOf(RecordField.names(of: subject)), found: hostile))
            #expect(Message.fileIssue(error).text(.en).contains(hostile))
        }
    }

    @Test func aVersionOneFieldNameThatIsNoFieldIsRefusedToo() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/format1-GM1900.json")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        #expect(text.contains("\"field\": \"role\""))
        let bytes = Array(text.replacingOccurrences(of: "\"field\": \"role\"", with: "\"field\": \"rank\"").utf8)
        #expect { try DossierFormat.decode(bytes, fileCode: fryslan, file: "v1.json") } throws: { error in
            guard let issue = error as? FileIssue else { return false }
            return issue.file == "v1.json" && issue.keyPath == "history[9].field" && issue.line == 44
        }
    }

    /// The names are the file's: renaming a case would change every dossier file written since.
    @Test func theFieldNamesAreTheFilesNames() {
        #expect(SessionField.allCases.map(\.rawValue) == ["date", "kind", "participants", "actionLines", "summary", "minutes"])
        #expect(FollowUpField.allCases.map(\.rawValue) == ["text", "due", "done"])
        #expect(ContactField.allCases.map(\.rawValue) == ["name", "role", "email", "phone"])
        #expect(ApplicationField.allCases.map(\.rawValue)
                == ["title", "activities", "actionLines", "team", "requested", "plannedStart", "plannedEnd", "status", "granted", "outcome"])
        #expect(DossierField.allCases.map(\.rawValue) == ["adviser", "team", "notes", "notice"])
    }
}

/// Random dossiers that use every field: records with every value set (or left empty), a history
/// entry for every field of every kind of record, a notice for every field.
struct RandomDossier {
    var rng: SeededGenerator
    var serial = 0

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    static let pieces = ["a", "Pieter", "wethouder", "東京", "👍", "\"quoted\"", "back\\slash", "two\nlines", "tab\there",
                         "\u{1F}unit\u{1E}record", "é", "", " spaced ", "9500.00", "2023-10-16", "privacy, toegang"]

    mutating func text() -> String {
        (0..<Int.random(in: 0...3, using: &rng)).map { _ in RandomDossier.pieces.randomElement(using: &rng)! }.joined(separator: " ")
    }

    mutating func nonEmptyText() -> String { let t = text(); return t.isEmpty ? "x" : t }

    mutating func id() -> String {
        serial += 1
        return RecordID.make(using: &rng).prefix(Int.random(in: 8...16, using: &rng)) + String(serial)
    }

    mutating func day() -> CalendarDay { today.adding(days: Int.random(in: -4_000...4_000, using: &rng)) }

    mutating func maybe<T>(_ make: (inout RandomDossier) -> T) -> T? { Bool.random(using: &rng) ? make(&self) : nil }

    mutating func contact() -> Contact {
        Contact(id: id(), name: nonEmptyText(), role: text(), email: text(), phone: text())
    }

    mutating func followUp() -> FollowUp { FollowUp(id: id(), text: text(), due: day(), done: Bool.random(using: &rng)) }

    mutating func session() -> AdviceSession {
        AdviceSession(id: id(), date: day(), kind: SessionKind.allCases.randomElement(using: &rng)!,
                      participants: (0..<Int.random(in: 0...3, using: &rng)).map { _ in nonEmptyText() },
                      actionLines: (0..<Int.random(in: 0...2, using: &rng)).map { _ in nonEmptyText() }, summary: text(),
                      minutes: maybe { $0.rng.next() % 2 == 0 ? AdviceSession.minutesRange.lowerBound : Int.random(in: AdviceSession.minutesRange, using: &$0.rng) },
                      followUps: (0..<Int.random(in: 0...3, using: &rng)).map { _ in followUp() })
    }

    mutating func application() -> Application {
        var steps: [ApplicationStatus: CalendarDay] = [:]
        for status in ApplicationStatus.allCases where Bool.random(using: &rng) { steps[status] = day() }
        return Application(id: id(), title: text(), activities: text(), actionLines: (0..<Int.random(in: 0...2, using: &rng)).map { _ in nonEmptyText() },
                           team: Team.allCases.randomElement(using: &rng)!,
                           requested: Cents(Int64.random(in: 1...Int64(DossierFormat.Limits.cents), using: &rng)),
                           granted: maybe { Cents(Int64.random(in: 0...Int64(DossierFormat.Limits.cents), using: &$0.rng)) },
                           plannedStart: day(), plannedEnd: day(), status: ApplicationStatus.allCases.randomElement(using: &rng)!,
                           stepDates: steps, outcome: maybe { $0.text() })
    }

    mutating func snapshot() -> RecordSnapshot {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: .session(session())
        case 1: .followUp(followUp(), session: id())
        case 2: .contact(contact())
        default: .application(application())
        }
    }

    /// Every field of every kind, each with the subject of its kind.
    mutating func fields() -> [(Subject, RecordField)] {
        DossierField.allCases.map { (Subject.dossier, RecordField.dossier($0)) }
            + SessionField.allCases.map { (Subject.session(id()), RecordField.session($0)) }
            + FollowUpField.allCases.map { (Subject.followUp(id()), RecordField.followUp($0)) }
            + ContactField.allCases.map { (Subject.contact(id()), RecordField.contact($0)) }
            + ApplicationField.allCases.map { (Subject.application(id()), RecordField.application($0)) }
    }

    mutating func dossier() -> Dossier {
        var d = Dossier(code: fryslan, adviser: text(), team: maybe { _ in Team.allCases.first! }, notes: text())
        d.contacts = (0..<Int.random(in: 0...3, using: &rng)).map { _ in contact() }
        d.sessions = (0..<Int.random(in: 0...3, using: &rng)).map { _ in session() }
        d.applications = (0..<Int.random(in: 0...2, using: &rng)).map { _ in application() }
        var at = Int64.random(in: 0...1_700_000_000_000, using: &rng)
        for (subject, field) in fields() {
            at += Int64.random(in: 0...100_000, using: &rng)
            d.history.append(HistoryEntry(
                id: id() + ".00", at: Timestamp(milliseconds: at), on: day(), by: text(), laptop: maybe { $0.text() }, subject: subject,
                action: HistoryEntry.Action.allCases.randomElement(using: &rng)!, field: field,
                old: maybe { $0.text() }, new: maybe { $0.text() }, note: maybe { $0.text() },
                before: maybe { $0.snapshot() }, undoes: maybe { $0.id() }))
        }
        // Entries without a field too, as creations and removals are recorded.
        d.history.append(HistoryEntry(id: id() + ".01", at: Timestamp(milliseconds: at), on: day(), by: "Anne", subject: .contact(id()),
                                      action: .removed, before: .contact(contact())))
        for (subject, field) in fields() {
            d.notices.append(Notice(id: id(), at: Timestamp(milliseconds: at), kind: Notice.Kind.allCases.randomElement(using: &rng)!,
                                    subject: subject, field: field, kept: maybe { $0.text() }, lost: maybe { $0.text() },
                                    by: maybe { $0.text() }, blocking: Bool.random(using: &rng), resolved: Bool.random(using: &rng)))
        }
        return d
    }
}
