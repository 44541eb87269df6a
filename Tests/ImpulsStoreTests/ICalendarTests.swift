import Testing
import ImpulsCore
import ImpulsStore

/// The calendar file's own rules (RFC 5545): escaping, folding at 75 octets without cutting a
/// UTF-8 sequence, CRLF line ends, all-day events. The end-to-end test reads it with Python's
/// icalendar besides.
@Suite struct ICalendarTests {
    @Test func textIsEscaped() {
        #expect(ICalendar.escaped(#"a,b;c\d"#) == #"a\,b\;c\\d"#)
        #expect(ICalendar.escaped("één\ntwee\r\ndrie\rvier") == #"één\ntwee\ndrie\nvier"#)
        #expect(ICalendar.escaped("tab\there") == "tab\there")
        #expect(ICalendar.escaped("esc\u{1B}[2J") == #"esc\\u{1B}[2J"#)
    }

    @Test func longLinesFoldAt75OctetsBetweenWholeCharacters() {
        for text in [String(repeating: "a", count: 200), String(repeating: "ë", count: 100), String(repeating: "€🇳🇱x", count: 40), "SUMMARY:" + String(repeating: "日本", count: 50)] {
            let bytes = ICalendar.folded(text)
            #expect(bytes.suffix(2) == [0x0D, 0x0A])
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
            #expect(lines.allSatisfy { $0.last == 0x0D }, "every line ends in CRLF")
            lines = lines.map { Array($0.dropLast()) }
            #expect(lines.allSatisfy { $0.count <= 75 }, "\(lines.map(\.count))")
            #expect(lines.dropFirst().allSatisfy { $0.first == 0x20 }, "a continuation starts with a space")
            #expect(lines.allSatisfy { String(validating: $0, as: UTF8.self) != nil }, "no UTF-8 sequence is cut")
            let unfolded = lines.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }
            #expect(String(decoding: unfolded, as: UTF8.self) == text)
        }
        #expect(ICalendar.folded(String(repeating: "a", count: 75)).count == 77, "75 octets stay on one line")
    }

    @Test func eventsAreAllDayWithAStampAndNoToDos() throws {
        let day = try #require(CalendarDay(parsing: "2023-12-31"))
        let event = ICalendar.Event(uid: "GM0060-f1-follow-up@impuls", day: day, summary: "Ameland: Bellen", description: "Bellen")
        let text = String(decoding: ICalendar.encode([event], productID: "-//impuls//test//EN", name: "Agenda",
                                                     stamp: Timestamp(milliseconds: 1_697_464_942_123)), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(Array(lines.prefix(4)) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//impuls//test//EN", "CALSCALE:GREGORIAN"])
        for line in ["UID:GM0060-f1-follow-up@impuls", "DTSTAMP:20231016T140222Z", "DTSTART;VALUE=DATE:20231231", "DTEND;VALUE=DATE:20240101",
                     "SUMMARY:Ameland: Bellen", "DESCRIPTION:Bellen"] {
            #expect(lines.contains(line), "\(line)")
        }
        #expect(!text.contains("VTODO"))
        #expect(lines.last == "" && lines.dropLast().last == "END:VCALENDAR")
    }
}
