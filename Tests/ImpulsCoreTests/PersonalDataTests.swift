import Testing
import ImpulsCore
import ImpulsTestSupport

/// `privacy find` and `privacy erase` work from one walk over a dossier: for random dossiers and a
/// random person named in random places and spellings, after the erasure no field, history entry or
/// notice mentions them, and every figure `status` shows is what it was.
@Suite struct PersonalDataTests {
    let today = CalendarDay(parsing: "2023-10-16")!

    @Test func wholeWordsIgnoringCaseAndAccents() throws {
        let jan = try #require(PersonalText("Jan"))
        #expect(jan.occurs(in: "JAN de Vries") && jan.occurs(in: "mail jan@gemeente.nl") && jan.occurs(in: "Ján."))
        #expect(!jan.occurs(in: "januari") && !jan.occurs(in: "Bojan") && !jan.occurs(in: ""))
        #expect(try #require(PersonalText("josé de vries")).replacing(in: "Gesprek met José  de Vries en Jose de Vries.") == "Gesprek met José  de Vries en [gewist].")
        #expect(PersonalText("Al") == nil && PersonalText(" - ") == nil, "too short to single anyone out")
    }

    @Test(arguments: 1...12) func afterAnErasureNothingMentionsThePersonAndTheFiguresStay(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        var dossiers = DemoGenerator.make(scale: .region, seed: seed, today: today, rules: .scheme, adviser: "",
                                          municipalities: ReferenceData.shared.current)
        // The person: a contact of a random dossier, also named elsewhere in other spellings.
        let owner = Int.random(in: 0..<dossiers.count, using: &rng)
        let contact = try #require(dossiers[owner].contacts.randomElement(using: &rng))
        let spellings = [contact.name, contact.name.uppercased(), contact.name.lowercased()]
        let context = ChangeContext(rules: .scheme, today: today, actor: "Test", now: Timestamp(day: today), seed: seed)
        for _ in 0..<6 {
            let i = Int.random(in: 0..<dossiers.count, using: &rng)
            let name = spellings.randomElement(using: &rng)!
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: dossiers[i].notes += " Gebeld met \(name), die terugbelt."
            case 1:
                guard let session = dossiers[i].sessions.randomElement(using: &rng) else { continue }
                dossiers[i] = try dossiers[i].editing(.session(id: session.id, [.summary: "Overleg met \(name)", .participants: name]), context: context)
            case 2:
                guard let other = dossiers[i].contacts.randomElement(using: &rng) else { continue }
                // An old value in the history: the e-mail address changed away from the person's.
                dossiers[i] = try dossiers[i].editing(.contact(id: other.id, [.role: "via " + name]), context: context)
                dossiers[i] = try dossiers[i].editing(.contact(id: other.id, [.role: "coördinator"]), context: context)
            default:
                dossiers[i].notices.append(Notice(id: "n\(i)", at: Timestamp(day: today), kind: .fieldClash, subject: .dossier,
                                                  field: .dossier(.notes), kept: "x", lost: "gesproken met " + name))
            }
        }
        // Her e-mail address changed once: the old one is in the history.
        let renamed = try dossiers[owner].editing(.contact(id: contact.id, [.email: "nieuw@example.org"]), context: context)
        dossiers[owner] = renamed
        let person = try #require(PersonalText(contact.name))
        let before = StatusReport.make(dossiers: dossiers, regions: [], rules: .scheme, today: today)
        #expect(dossiers.contains { !$0.mentions(of: person).isEmpty })

        let erased = dossiers.map { $0.erasing(person, erasure: "request", context: context) ?? $0 }
        for d in erased {
            #expect(d.mentions(of: person).isEmpty, "\(d.code)")
            let everything = Folding.fold(String(describing: d))
            #expect(!everything.contains(Folding.fold(contact.name)), "\(d.code) still holds the name somewhere")
            #expect(!everything.contains(Folding.fold(contact.email)), "\(d.code) still holds the old e-mail address")
        }
        #expect(erased[owner].contacts.allSatisfy { $0.id != contact.id }, "the contact is removed")
        for (old, new) in zip(dossiers, erased) where old != new {
            #expect(new.history.last?.action == .erased && new.history.last?.note == "request", "the erasure is recorded, without the text")
        }
        #expect(StatusReport.make(dossiers: erased, regions: [], rules: .scheme, today: today) == before)
        // The scrub alone is the same on every laptop and for every version: done twice, it changes nothing more.
        #expect(dossiers.map { $0.scrubbed(of: person).scrubbed(of: person) } == dossiers.map { $0.scrubbed(of: person) })
        for d in erased where d.history.last?.action == .erased {
            // `u` never brings the text back: the erasure is not undone, nor is anything before it.
            let undone = try? d.undoingLastChange(context: context)
            #expect(undone.map { $0.mentions(of: person).isEmpty } ?? true, "\(d.code)")
        }
    }
}
