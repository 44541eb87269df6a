import Foundation
import Testing
@testable import ImpulsText
import ImpulsCore
import ImpulsTestSupport

/// Issue 26, part 4: a notice from merging reads as words — the record by its name, the field by
/// its label, statuses and values in the config's language, who and when — never by record id.
@Suite struct NoticeWordsTests {
    static let anne = ChangeContext(rules: .scheme, today: day("2023-10-03"), actor: "Anne de Vries",
                                    now: Timestamp(day: day("2023-10-03")), seed: 1)
    static let bram = ChangeContext(rules: .scheme, today: day("2023-10-04"), actor: "Bram Bakker",
                                    now: Timestamp(day: day("2023-10-04")), seed: 2)
    static let application = "a31f795a4c78d82d"
    static let session = "f923c687ee9ecac8"
    static let contact = "c0ffee00c0ffee00"

    /// A dossier both advisers start from: a submitted application, a session, a contact.
    static func base() throws -> Dossier {
        let start = ChangeContext(rules: .scheme, today: day("2023-10-02"), actor: "Anne de Vries", now: Timestamp(day: day("2023-10-02")), seed: 3)
        var d = try Dossier(code: MunicipalityCode("GM0060")!).addingApplication(
            Application(id: application, title: "Buurtteams versterken", actionLines: ["privacy"], team: .zorgVeiligheid,
                        requested: Cents(euros: 9_500), plannedStart: day("2023-11-01"), plannedEnd: day("2024-01-31")), context: start)
        d = try d.addingSession(AdviceSession(id: session, date: day("2023-10-02"), kind: .advice, summary: "Kennismaking"), context: start)
        d = try d.addingContact(Contact(id: contact, name: "Pieter", role: "wethouder"), context: start)
        return d
    }

    /// At least one merged dossier with a notice of each kind, and the notice.
    static func scenarios() throws -> [(notice: Notice, in: Dossier)] {
        let base = try base()
        var merged: [Dossier] = []
        func merge(_ ours: Dossier, _ theirs: Dossier, base b: Dossier? = nil) { merged.append(DossierMerge.merge(base: b ?? base, ours: ours, theirs: theirs)) }

        // Both changed one field differently: a session's kind and summary, a contact's role.
        merge(try base.editing(.session(id: session, [.kind: "intake", .summary: "Intake"]), context: anne),
              try base.editing(.session(id: session, [.kind: "call", .summary: "Gebeld"]), context: bram))
        merge(try base.editing(.contact(id: contact, [.role: "ambtenaar"]), context: anne),
              try base.editing(.contact(id: contact, [.role: "griffier"]), context: bram))
        // A draft's amount, changed by both.
        let draftBase = try Dossier(code: MunicipalityCode("GM0060")!).addingApplication(draft(id: application), context: anne)
        merge(try draftBase.editing(.application(id: application, [.requested: "9000.00"]), context: anne),
              try draftBase.editing(.application(id: application, [.requested: "8000.00"]), context: bram), base: draftBase)
        // Removed on one side, edited on the other.
        merge(try base.removing(.session, id: session, context: anne),
              try base.editing(.session(id: session, [.summary: "Uitgebreid"]), context: bram))
        // One application moved on differently: approved first (Anne), rejected later (Bram).
        merge(try base.advancingApplication(to: .submitted, input: StepInput(), context: anne)
                .advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: anne),
              try base.advancingApplication(to: .submitted, input: StepInput(), context: bram)
                .advancingApplication(to: .rejected, input: StepInput(note: "Past niet"), context: bram))
        // Two applications granted, one on each laptop.
        let empty = Dossier(code: MunicipalityCode("GM0060")!)
        func granted(_ id: String, _ title: String, _ ctx: ChangeContext) throws -> Dossier {
            var a = draft(id: id)
            a.title = title
            return try empty.addingApplication(a, context: ctx).advancingApplication(to: .submitted, input: StepInput(), context: ctx)
                .advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 5_000)), context: ctx)
        }
        merge(try granted("b1b1b1b1b1b1b1b1", "Plan Anne", anne), try granted("b2b2b2b2b2b2b2b2", "Plan Bram", bram), base: empty)
        // Two applications open at once: one submitted on one laptop, a draft made on the other.
        var second = draft(id: "b4b4b4b4b4b4b4b4")
        second.title = "Plan Bram"
        merge(try empty.addingApplication(draft(id: "b3b3b3b3b3b3b3b3"), context: anne).advancingApplication(to: .submitted, input: StepInput(), context: anne),
              try empty.addingApplication(second, context: bram), base: empty)
        // History taken out of one copy, then of both.
        var cut = try base.addingSession(AdviceSession(id: "5e55105e55105e55", date: day("2023-10-04"), kind: .call, summary: "Bellen"), context: bram)
        cut.history.removeFirst()
        merge(try base.editing(.contact(id: contact, [.role: "ambtenaar"]), context: anne), cut)
        var cutToo = try base.editing(.contact(id: contact, [.role: "ambtenaar"]), context: anne)
        cutToo.history.remove(at: 1)
        merge(cutToo, cut)

        var found = merged.flatMap { d in d.notices.map { (notice: $0, in: d) } }
        var kept = base
        kept.notices = TeamCopyProblem.allCases.map {
            Notice.teamCopyKept(path: "dossiers/GM0060.json", problem: $0, commit: "9c9a308", by: "Bram Bakker", at: Timestamp(day: day("2023-10-04")))
        }
        found += kept.notices.map { (notice: $0, in: kept) }
        return found
    }

    @Test func everyKindReadsWithoutIdsOrUntranslatedStatuses() throws {
        let scenarios = try Self.scenarios()
        let hex = try NSRegularExpression(pattern: "[0-9a-f]{16}")
        for kind in Notice.Kind.allCases {
            let ofKind = scenarios.filter { $0.notice.kind == kind }
            #expect(!ofKind.isEmpty, "no scenario raises a \(kind.rawValue) notice: add one")
            for (notice, dossier) in ofKind {
                for language in Language.allCases {
                    let text = Message.notice(notice, in: dossier).text(language)
                    #expect(hex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "an id in \(language): \(text)")
                    #expect(!text.contains("application:") && !text.contains("session:") && !text.contains("contact:"), "\(language): \(text)")
                    for status in ApplicationStatus.allCases {
                        // English names the statuses as the file does; quoted, they are the file's words.
                        #expect(!text.contains("'\(status.rawValue)'"), "\(language): \(text)")
                        if language == .nl { #expect(text.range(of: "\\b\(status.rawValue)\\b", options: .regularExpression) == nil, "nl: \(text)") }
                    }
                    if language == .nl, let field = notice.field {
                        #expect(text.range(of: "\\b\(field.name)\\b", options: .regularExpression) == nil, "nl names the field by its label: \(text)")
                    }
                }
            }
        }
    }

    /// The issue's own example: who took which step when, the statuses in the config's language.
    @Test func aTransitionClashSaysWhoDidWhatWhen() throws {
        let (notice, dossier) = try #require(try Self.scenarios().first { $0.notice.kind == .transitionClash })
        #expect(Message.notice(notice, in: dossier).text(.nl)
                == "Ameland: Aanvraag ‘Buurtteams versterken’: toegekend door Anne de Vries (3 okt) gehouden; afgewezen door Bram Bakker (4 okt) niet toegepast")
        #expect(Message.notice(notice, in: dossier).text(.en)
                == "Ameland: Application ‘Buurtteams versterken’: approved by Anne de Vries (3 Oct) kept; rejected by Bram Bakker (4 Oct) not applied")
    }

    @Test func theOtherKindsNameTheirRecordsAndPeople() throws {
        let texts = try Self.scenarios().map { Message.notice($0.notice, in: $0.in).text(.nl) }
        for expected in [
            "Ameland: Gesprek van 2023-10-02 (telefoon/video), samenvatting: ‘Gebeld’ van Bram Bakker (4 okt) gehouden; ‘Intake’ van Anne de Vries (3 okt) niet overgenomen",
            "Ameland: Aanvraag ‘Training privacy’, aangevraagd bedrag: € 8.000 van Bram Bakker (4 okt) gehouden; € 9.000 van Anne de Vries (3 okt) niet overgenomen",
            "Ameland: Gesprek van 2023-10-02 (advies): verwijderd door Anne de Vries (3 okt) en tegelijk gewijzigd door Bram Bakker (4 okt); bewaard, met de wijziging",
            "Ameland: BLOKKEERT — twee aanvragen zijn toegekend: ‘Plan Anne’ (door Anne de Vries, 3 okt) en ‘Plan Bram’ (door Bram Bakker, 4 okt); trek er één in",
            "Ameland: BLOKKEERT — twee aanvragen staan tegelijk open: ‘Training privacy’ (ingediend door Anne de Vries, 3 okt) en ‘Plan Bram’ (concept door Bram Bakker, 4 okt); trek er één in",
            "Ameland: de versie uit commit 9c9a308 van Bram Bakker (4 okt) kon niet gelezen worden; de versie van deze laptop is gehouden en gedeeld",
        ] {
            #expect(texts.contains(expected), "\(expected)\nnot among:\n\(texts.joined(separator: "\n"))")
        }
    }
}
