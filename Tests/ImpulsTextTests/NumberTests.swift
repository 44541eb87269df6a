import Testing
import ImpulsCore
@testable import ImpulsText

/// Numbers as each language writes them.
@Suite struct NumberTests {
    @Test func formatsMoneyInBothLanguages() {
        #expect(Cents(950_050).formatted(.nl) == "€ 9.500,50")
        #expect(Cents(950_050).formatted(.en) == "€9,500.50")
        #expect(Cents(1_000_000).formatted(.nl, withCents: false) == "€ 10.000")
        #expect(Cents(-5).formatted(.en) == "€-0.05")
        #expect(Cents(950_000).formattedExact(.nl) == "€ 9.500")
        #expect(Cents(950_050).formattedExact(.en) == "€9,500.50")
    }

    @Test func writesTenthsWithTheLanguagesDecimalMark() {
        #expect(Message.tenths(259).text(.nl) == "25,9")
        #expect(Message.tenths(259).text(.en) == "25.9")
        #expect(Message.tenths(0).text(.nl) == "0,0")
        #expect(ReportText.percent(permille: -5).message.text(.nl) == "-0,5%")
    }
}
