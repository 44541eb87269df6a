import Testing
import ImpulsCore

/// What the command line takes as meant (#29): the names close to a typo, and a follow-up in the
/// session form's notation or the older one.
@Suite struct CommandLineNotationTests {
    @Test func namesCloseToATypoAreFound() {
        let commands = ["regions", "municipalities", "dossier", "session", "follow-up", "status", "report", "undo", "sync", "demo", "doctor"]
        #expect(NearestNames.among(commands, typed: "staus") == ["status"])
        #expect(NearestNames.among(commands, typed: "STATSU") == ["status"], "a swap counts once, case does not count")
        #expect(NearestNames.among(commands, typed: "sesion") == ["session"])
        #expect(NearestNames.among(commands, typed: "fol") == ["follow-up"], "a unique start")
        #expect(NearestNames.among(commands, typed: "do").isEmpty, "a start that fits more, and nothing within reach")
        #expect(NearestNames.among(commands, typed: "dokter") == ["doctor"])
        #expect(NearestNames.among(commands, typed: "qqqqqq").isEmpty)
        #expect(NearestNames.among(["--format", "--region", "--all", "--wide"], typed: "--formt") == ["--format"])
        #expect(NearestNames.among(["sync", "demo"], typed: "x").isEmpty)
        #expect(NearestNames.among(["add", "and"], typed: "adn") == ["add", "and"], "every name at the smallest distance")
        #expect(NearestNames.distance("ab", "ba") == 1 && NearestNames.distance("kitten", "sitting") == 3 && NearestNames.distance("", "abc") == 3)
    }

    @Test func aFollowUpIsReadInEitherNotation() {
        let day = CalendarDay(parsing: "2023-10-30")!
        #expect(FollowUpNotation.parse("2023-10-30 Begroting opvragen").map { [$0.due == day ? "ok" : "", $0.text] } == ["ok", "Begroting opvragen"])
        #expect(FollowUpNotation.parse("30-10-2023   Begroting opvragen ")?.text == "Begroting opvragen")
        #expect(FollowUpNotation.parse("30-10-2023 Begroting opvragen")?.due == day)
        #expect(FollowUpNotation.parse("Begroting opvragen@2023-10-30")?.due == day)
        #expect(FollowUpNotation.parse("Begroting opvragen@2023-10-30")?.text == "Begroting opvragen")
        #expect(FollowUpNotation.parse("2023-10-30 mail jan@2023-11-01")?.text == "mail jan@2023-11-01", "the form's notation first")
        #expect(FollowUpNotation.parse("Mail jan@ameland.nl@2023-10-30")?.text == "Mail jan@ameland.nl")
        for wrong in ["Begroting opvragen", "2023-10-30", "2023-10-30   ", "@2023-10-30", "2023-02-30 x", "x@2023-02-30", ""] {
            #expect(FollowUpNotation.parse(wrong) == nil, "\(wrong)")
        }
    }
}
