import Foundation
import Testing

/// `impuls agenda`: the interface's agenda on the command line, and as an iCalendar file that an
/// independent parser (Python's icalendar) reads — items, UIDs, dates, summaries, escaping,
/// folding — and whose UIDs stay the same from one export to the next.
@Suite struct AgendaEndToEndTests {
    static let awkward = "Bel Jan, Piet; en C:\\map\ntweede regel"
    static let long = "Één lange actie voor de wethouder van Súdwest-Fryslân — € 9.500, ‘planning’ 🇳🇱 en daarna nóg één overleg met het wijkteam over de begroting"

    /// Fryslân: Ameland with three open follow-ups (one overdue), Leeuwarden's running project
    /// (its planned end), Harlingen's approved one (its start); Texel, outside the region, one
    /// follow-up.
    static func workbench() -> Workbench {
        let w = Workbench(config: #"{"adviser": "Anne de Vries", "language": "nl", "regions": ["Fryslân"]}"#)
        #expect(w.run("session", "add", "Ameland", "--summary", "Kennismaking", "--follow-up", awkward + "@2023-10-20",
                      "--follow-up", long + "@2023-11-30", "--follow-up", "Te laat@2023-10-01").status == 0)
        for (code, title, start, end) in [("GM0080", "Buurtteams, wijk; \"Noord\"", "2023-10-01", "2024-01-31"), ("GM0072", "Training privacy", "2023-11-01", "2024-02-28")] {
            #expect(w.run("application", "new", code, "--title", title, "--amount", "9000", "--start", start, "--end", end, "--action-line", "wijkteams").status == 0)
            #expect(w.run("application", "advance", code, "--to", "submitted").status == 0)
            #expect(w.run("application", "advance", code, "--to", "approved", "--granted", "9000").status == 0)
        }
        #expect(w.run("application", "advance", "GM0080", "--to", "running").status == 0)
        #expect(w.run("session", "add", "Texel", "--summary", "Elders", "--follow-up", "Buiten de regio@2023-10-18").status == 0)
        return w
    }

    struct Item: Decodable { let when: String, date: String, kind: String, code: String, municipality: String, text: String, record: String? }
    struct Agenda: Decodable { let today: String, items: [Item] }

    static func agenda(_ w: Workbench, _ arguments: String...) throws -> Agenda {
        let result = w.run(["agenda", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.err)")
        return try JSONDecoder().decode(Agenda.self, from: Data(result.out.utf8))
    }

    @Test func theAgendaAsTextJSONAndCSVForTheRegion() throws {
        let w = Self.workbench()
        let agenda = try Self.agenda(w)
        #expect(agenda.today == "2023-10-16")
        #expect(agenda.items.map(\.date) == ["2023-10-01", "2023-10-20", "2023-11-01", "2023-11-30", "2024-01-31"], "overdue first, by day")
        #expect(agenda.items.map(\.when) == ["overdue", "thisWeek", "later", "later", "later"])
        #expect(agenda.items.map(\.kind) == ["followUp", "followUp", "projectStart", "followUp", "projectEnd"])
        #expect(agenda.items[1].text == Self.awkward, "JSON keeps the text exactly")
        #expect(!agenda.items.contains { $0.code == "GM0448" }, "Texel is not in Fryslân")
        #expect(try Self.agenda(w, "--region", "noord-holland").items.map(\.text) == ["Buiten de regio"])

        let text = w.run("agenda")
        #expect(text.status == 0)
        let lines = text.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Wanneer") == true, "\(text.out)")
        #expect(lines.contains { $0.hasPrefix("te laat") && $0.contains("2023-10-01") && $0.contains("Ameland") && $0.contains("Te laat") })
        #expect(lines.contains { $0.hasPrefix("later") && $0.contains("Harlingen") && $0.contains("start project: Training privacy") })
        #expect(lines.contains { $0.contains("Leeuwarden") && $0.contains("einde project: Buurtteams") })

        let csv = w.run("agenda", "--format", "csv")
        #expect(csv.out.hasPrefix("Wanneer;Datum;Code;Gemeente;Soort;Wat\nte laat;2023-10-01;GM0060;Ameland;actie;Te laat\n"), "\(csv.out)")
        #expect(csv.out.contains("later;2024-01-31;GM0080;Leeuwarden;einde project;\"Buurtteams, wijk; \"\"Noord\"\"\"\n"), "\(csv.out)")

        let empty = Workbench(config: #"{"language": "en"}"#)
        #expect(empty.run("session", "add", "Ameland", "--summary", "x").status == 0)
        #expect(empty.run("agenda").out == "Nothing on the agenda\n")
    }

    @Test(.enabled(if: ICalendarParser.python != nil || ICalendarParser.required, Comment(rawValue: ICalendarParser.missing)))
    func theCalendarFilePassesAnIndependentParser() throws {
        guard ICalendarParser.present() else { return }
        let w = Self.workbench()
        let agenda = try Self.agenda(w)
        let path = w.home + "/agenda.ics"
        let written = w.run("agenda", "--format", "ics", "--output", path)
        #expect(written.status == 0, "\(written.err)")
        #expect(written.out == "5 punten van de agenda geschreven naar \(path)\n")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // To standard output the very same bytes, CRLF and all.
        let piped = w.home + "/piped.ics"
        w.write("", to: piped)
        #expect(w.run(["agenda", "--format", "ics"], stdout: piped).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: piped)) == bytes)

        guard let reading = try ICalendarParser.read(path, scratch: w.home) else { return }
        #expect(reading.problems == [])
        #expect(reading.version == "2.0")
        #expect(reading.calscale == "GREGORIAN")
        #expect(reading.prodid.hasPrefix("-//impuls//"))
        #expect(reading.todos == 0)
        #expect(reading.folded > 0, "the long text is folded")
        #expect(reading.events.count == 5)
        #expect(Set(reading.events.map(\.uid)).count == reading.events.count, "UIDs are unique")
        for (item, event) in zip(agenda.items, reading.events) {
            let kind = ["followUp": "follow-up", "projectStart": "project-start", "projectEnd": "project-end"][item.kind] ?? "?"
            #expect(event.uid == "\(item.code)-\(item.record ?? "?")-\(kind)@impuls")
            #expect(event.start == item.date)
            #expect(event.allDay, "an all-day event ending the next day: \(event)")
            #expect(event.dtstamp == "2023-10-16T00:00:00+00:00", "DTSTAMP from IMPULS_TODAY")
            #expect(event.summary.hasPrefix(item.municipality + ": "), "\(event.summary)")
            #expect(event.description == item.text, "the text exactly, after escaping and folding")
        }
        let byStart = Dictionary(reading.events.map { ($0.start, $0) }) { first, _ in first }
        #expect(byStart["2023-10-20"]?.summary == "Ameland: " + Self.awkward)
        #expect(byStart["2023-11-30"]?.description == Self.long)
        #expect(byStart["2023-11-01"]?.summary == "Harlingen: start project ‘Training privacy’")
        #expect(byStart["2024-01-31"]?.summary == "Leeuwarden: gepland einde project ‘Buurtteams, wijk; \"Noord\"’")
    }

    @Test(.enabled(if: ICalendarParser.python != nil || ICalendarParser.required, Comment(rawValue: ICalendarParser.missing)))
    func uidsStayFromExportToExportAndADoneFollowUpLeaves() throws {
        guard ICalendarParser.present() else { return }
        let w = Self.workbench()
        func export(_ name: String) throws -> [String: ICalendarParser.Reading.Event] {
            let path = w.home + "/" + name + ".ics"
            #expect(w.run("agenda", "--format", "ics", "--output", path).status == 0)
            let reading = try ICalendarParser.read(path, scratch: w.home)
            #expect(reading?.problems == [])
            return Dictionary((reading?.events ?? []).map { ($0.uid, $0) }) { first, _ in first }
        }
        let first = try export("first")
        #expect(first.count == 5)
        // Unrelated changes: a session without follow-ups elsewhere, one with a follow-up (a new item).
        #expect(w.run("session", "add", "Harlingen", "--summary", "Los gesprek").status == 0)
        #expect(w.run("session", "add", "Vlieland", "--summary", "Intake", "--follow-up", "Offerte opvragen@2023-10-25").status == 0)
        let second = try export("second")
        #expect(second.count == 6)
        for (uid, event) in first { #expect(second[uid] == event, "\(uid) kept its UID and its content") }

        // Ameland's overdue follow-up done (ticked off by hand in the file), another one reworded.
        let items = try Self.agenda(w).items
        let late = try #require(items.first { $0.text == "Te laat" }?.record)
        let reworded = try #require(items.first { $0.text == Self.awkward }?.record)
        let file = w.file("GM0060")
        var text = try String(contentsOfFile: file, encoding: .utf8)
        let at = try #require(text.range(of: "\"id\": \"\(late)\""))
        let done = try #require(text.range(of: "\"done\": false", range: at.upperBound..<text.endIndex))
        text.replaceSubrange(done, with: "\"done\": true")
        text = text.replacingOccurrences(of: "Bel Jan, Piet;", with: "Bel Jan en Piet;")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let third = try export("third")
        #expect(third.count == 5)
        let lateUID = "GM0060-\(late)-follow-up@impuls", rewordedUID = "GM0060-\(reworded)-follow-up@impuls"
        #expect(second[lateUID] != nil && third[lateUID] == nil, "the done follow-up left the calendar")
        #expect(third[rewordedUID]?.description.hasPrefix("Bel Jan en Piet;") == true, "a reworded follow-up keeps its UID")
        for (uid, event) in second where uid != lateUID && uid != rewordedUID { #expect(third[uid] == event, "\(uid)") }
    }
}
