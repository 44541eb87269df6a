import Testing
@testable import ImpulsCore
import ImpulsTestSupport

@Suite struct FoldingTests {
    @Test(arguments: [
        ("Súdwest-Fryslân", "sudwest fryslan"),
        ("'s-Hertogenbosch", "s hertogenbosch"),
        ("Fryslân", "fryslan"),
        ("Ĳsselstein", "ijsselstein"),
        ("Straße", "strasse"),
        ("É", "e"),
        ("e\u{301}", "e"),
    ])
    func folds(input: String, expected: String) {
        #expect(Folding.fold(input) == expected)
    }

    /// All-ASCII text is folded byte by byte, other text scalar by scalar: the two agree, on every
    /// ASCII character and on text that is ASCII but for one letter.
    @Test func asciiAndOtherTextFoldAlike() {
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        let folded = Folding.fold(ascii)
        #expect(Folding.fold(ascii + "é") == folded + "e")
        #expect(!folded.contains { $0 == "'" || $0 == "`" || $0 == "-" || $0 == "_" || $0 == "\t" || ("A"..."Z").contains($0) })
        #expect(folded.count == 126)  // without ' and `
        for name in ReferenceData.shared.all.map(\.name) + ["Aa en Hunze", "Noord-Beveland", "Bergen (NH.)", "'t Hof_van\tTwente"] {
            #expect(Folding.fold(name) + "e" == Folding.fold(name + "é"), "\(name)")
        }
    }

    @Test func matchesEveryWordAnywhere() {
        let key = Folding.fold("Súdwest-Fryslân GM1900")
        #expect(Folding.matches(query: "sudwest", in: key))
        #expect(Folding.matches(query: Folding.fold("FRYSLÂN sud"), in: key))
        #expect(Folding.matches(query: "1900", in: key))
        #expect(!Folding.matches(query: "groningen", in: key))
        #expect(Folding.matches(query: "hertogenbosch", in: Folding.fold("'s-Hertogenbosch")))
    }
}

@Suite struct DisplayWidthTests {
    @Test func countsColumns() {
        #expect(DisplayWidth.of("Fryslân") == 7)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("ab") == 2)
    }

    @Test func truncatesAndPadsByColumns() {
        #expect(DisplayWidth.truncate("Súdwest-Fryslân", to: 8) == "Súdwest…")
        #expect(DisplayWidth.pad("東京x", to: 4) == "東… ")
        #expect(DisplayWidth.of(DisplayWidth.pad("東京東京", to: 5)) == 5)
        #expect(DisplayWidth.pad("ab", to: 4, alignRight: true) == "  ab")
    }
}

@Suite struct CalendarDayTests {
    @Test func parsesAndRejectsImpossibleDays() {
        #expect(CalendarDay(parsing: "2023-02-28")?.description == "2023-02-28")
        #expect(CalendarDay(parsing: "2023-02-29") == nil)
        #expect(CalendarDay(parsing: "2024-02-29") != nil)
        #expect(CalendarDay(parsing: "2023-13-01") == nil)
        #expect(CalendarDay(parsing: "05-01-2023") == nil)
        #expect(CalendarDay(parsing: "05-01-2023", acceptDutchOrder: true)?.description == "2023-01-05")
        #expect(CalendarDay(parsing: "tomorrow") == nil)
        #expect(CalendarDay(parsing: "") == nil)
    }

    @Test func countsDaysAndMonths() {
        let day = CalendarDay(year: 2022, month: 10, day: 31)!
        #expect(day.adding(months: 4).description == "2023-02-28")
        #expect(day.adding(days: 1).description == "2022-11-01")
        #expect(CalendarDay(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CalendarDay(dayNumber: CalendarDay(year: 2024, month: 2, day: 29)!.dayNumber).description == "2024-02-29")
        #expect(day.days(until: CalendarDay(year: 2022, month: 12, day: 31)!) == 61)
    }

    @Test func dayNumbersRoundTripOverTheWholeCalendar() {
        let first = CalendarDay.earliest.dayNumber, last = CalendarDay.latest.dayNumber
        #expect(CalendarDay.earliest.description == "0001-01-01" && CalendarDay.latest.description == "9999-12-31")
        for n in stride(from: first, through: last, by: 997) {
            #expect(CalendarDay(dayNumber: n).dayNumber == n)
        }
        #expect(CalendarDay(dayNumber: last).dayNumber == last)
    }

    @Test func arithmeticStopsAtTheEndsOfTheCalendarInsteadOfTrapping() {
        let late = CalendarDay(year: 9999, month: 12, day: 20)!
        #expect(late.adding(months: 4) == .latest)
        #expect(late.adding(days: 30) == .latest)
        #expect(late.adding(days: Int.max) == .latest)
        #expect(late.adding(days: Int.min) == .earliest)
        #expect(late.adding(months: Int.max) == .latest)
        #expect(late.adding(months: Int.min) == .earliest)
        #expect(CalendarDay(year: 1, month: 2, day: 1)!.adding(months: -2) == .earliest)
        #expect(CalendarDay(dayNumber: Int.max) == .latest)
        #expect(CalendarDay(dayNumber: Int.min) == .earliest)
    }

    @Test func datesAreParsedStrictly() {
        #expect(CalendarDay(parsing: "2023-01-05")?.description == "2023-01-05")
        #expect(CalendarDay(parsing: "05-01-2023", acceptDutchOrder: true)?.description == "2023-01-05")
        for text in ["2023-1-5", " 2023-01-05", "2023-01-05 ", "2023-01-5", "5-1-2023", "２０２３-01-05", "2023/01/05", "0000-01-01"] {
            #expect(CalendarDay(parsing: text, acceptDutchOrder: true) == nil, "\(text)")
        }
    }
}

@Suite struct CentsTests {
    @Test(arguments: [
        ("9500", 950_000), ("9.500", 950_000), ("9500,00", 950_000), ("€ 9.500", 950_000),
        ("€9.500,50", 950_050), ("9500.5", 950_050), ("9500,5", 950_050), ("1.234.567", 123_456_700),
        ("0", 0), (" 12 ", 1200), ("EUR 10.000", 1_000_000),
        // The English way, as impuls writes amounts in English.
        ("9,500", 950_000), ("€9,500", 950_000), ("9,500.50", 950_050), ("1,234,567.89", 123_456_789), ("1,234", 123_400),
    ] as [(String, Int64)])
    func parses(text: String, cents: Int64) {
        #expect(Cents(parsing: text)?.value == cents)
    }

    @Test(arguments: ["", "abc", "-5", "9.50.0", "9,500,00", "12.34.5", "9.5000", "1,", "1,23,4", "9,500.5.0", "€", "99999999999999999999"])
    func rejects(text: String) {
        #expect(Cents(parsing: text) == nil)
    }

    @Test func writesAPlainDecimal() {
        #expect(Cents(5).plainDecimal == "0.05")
        #expect(Cents(-950_050).plainDecimal == "-9500.50")
    }
}
