import Testing
@testable import ImpulsCore
import ImpulsTestSupport

@Suite struct DemoGeneratorTests {
    let members = ReferenceData.shared.current.filter { $0.province == "Fryslân" || $0.province == "Groningen" }

    @Test func isDeterministicAndCoversEveryStatus() {
        let a = DemoGenerator.make(scale: .region, seed: 7, today: today, rules: .scheme, adviser: "", municipalities: members)
        let b = DemoGenerator.make(scale: .region, seed: 7, today: today, rules: .scheme, adviser: "", municipalities: members)
        #expect(a == b)
        #expect(a.count == 28)  // every member given, up to 30
        let statuses = Set(a.flatMap(\.applications).map(\.status))
        #expect(statuses == Set(ApplicationStatus.allCases))
        #expect(a.contains { !$0.overdueFollowUps(today: today).isEmpty })
        #expect(a.contains { $0.sessions.isEmpty })
        for dossier in a { #expect(RuleAudit.reasons(dossier, rules: .scheme).isEmpty) }
        let c = DemoGenerator.make(scale: .region, seed: 8, today: today, rules: .scheme, adviser: "", municipalities: members)
        #expect(a != c)
    }

    @Test func nationalScaleHasAbout7000Sessions() {
        let dossiers = DemoGenerator.make(scale: .national, seed: 1, today: today, rules: .scheme, adviser: "x", municipalities: ReferenceData.shared.current)
        #expect(dossiers.count == 342)
        let sessions = dossiers.reduce(0) { $0 + $1.sessions.count }
        #expect((6_000...8_000).contains(sessions))
    }

    @Test func contactsHavePlainASCIIEmailAddresses() {
        #expect(DemoGenerator.emailAddress(first: "Tjitske", last: "Öztürk", municipality: "Súdwest-Fryslân") == "tjitske.ozturk@sudwestfryslan.nl")
        #expect(DemoGenerator.emailAddress(first: "Gert-Jan", last: "van den Berg", municipality: "'s-Hertogenbosch") == "gert-jan.vandenberg@shertogenbosch.nl")
        let dossiers = DemoGenerator.make(scale: .region, seed: 3, today: today, rules: .scheme, adviser: "", municipalities: ReferenceData.shared.current)
        let emails = dossiers.flatMap(\.contacts).map(\.email)
        #expect(emails.count > 30)
        for email in emails {
            #expect(email.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " }, "\(email)")
            #expect(Warnings.email(email) == nil, "\(email)")
        }
        #expect(DemoGenerator.firstNames.contains("Özlem") && DemoGenerator.lastNames.contains("Öztürk"), "the names keep their letters")
    }
}
