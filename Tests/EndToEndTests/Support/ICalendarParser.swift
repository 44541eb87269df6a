import Foundation
import Testing

/// Python's icalendar, the independent parser the calendar test reads `agenda --format ics` with:
/// the virtual environment `make deps` makes (`tools/install-icalendar.sh`, under .build/python),
/// else a `python3` on PATH that has it. Under `CI=true` its absence fails the test.
enum ICalendarParser {
    static let python: String? = {
        let environment = ProcessInfo.processInfo.environment
        let onPath: [String] = (environment["PATH"] ?? "").split(separator: ":").map { String($0) + "/python3" }
        let candidates: [String] = [Binary.packageRoot.appendingPathComponent(".build/python/bin/python3").path] + onPath
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            if runBounded([candidate, "-c", "import icalendar"], environment: environment).status == 0 { return candidate }
        }
        return nil
    }()

    /// Whether the test must run even without the parser (and so fail): on CI.
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether the parser is there; when not (a test that runs anyway, under CI), a failure that says so.
    static func present(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        if python == nil { Issue.record(Comment(rawValue: missing), sourceLocation: sourceLocation) }
        return python != nil
    }

    static let missing = "Python's icalendar is not installed: run `make deps` (tools/install-icalendar.sh puts it under .build/python)"

    /// What the parser read from the file at `path`, with the file's own line rules checked.
    struct Reading: Decodable {
        struct Event: Decodable, Equatable {
            let uid: String
            let start: String
            let end: String
            let allDay: Bool
            let summary: String
            let description: String
            let dtstamp: String
        }
        let problems: [String]
        let folded: Int
        let version: String
        let prodid: String
        let calscale: String
        let todos: Int
        let events: [Event]
    }

    /// Parses the file with icalendar in a script written for it; nil (with an issue recorded)
    /// when the parser is missing or fails.
    static func read(_ path: String, scratch: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Reading? {
        guard let python else {
            Issue.record(Comment(rawValue: missing), sourceLocation: sourceLocation)
            return nil
        }
        let script = scratch + "/read-ics.py"
        try writeScript(source, to: script)
        let outcome = runBounded([python, script, path], environment: ProcessInfo.processInfo.environment, sourceLocation: sourceLocation)
        guard outcome.status == 0 else {
            Issue.record("icalendar could not read \(path): \(outcome.err)", sourceLocation: sourceLocation)
            return nil
        }
        return try JSONDecoder().decode(Reading.self, from: Data(outcome.out.utf8))
    }

    /// The script: the raw lines (CRLF, at most 75 octets, no UTF-8 sequence cut by a fold),
    /// then the calendar as icalendar reads it, as JSON.
    static let source = #"""
    import datetime, json, sys
    import icalendar

    raw = open(sys.argv[1], 'rb').read()
    problems = []
    if not raw.endswith(b'\r\n'):
        problems.append('the file does not end in CRLF')
    lines = raw.split(b'\r\n')[:-1]
    for number, line in enumerate(lines, 1):
        if b'\n' in line or b'\r' in line:
            problems.append('line %d: a line break other than CRLF' % number)
        if len(line) > 75:
            problems.append('line %d: %d octets' % (number, len(line)))
        try:
            line.decode('utf-8')
        except UnicodeDecodeError:
            problems.append('line %d: a UTF-8 sequence cut by folding' % number)
    calendar = icalendar.Calendar.from_ical(raw)
    for component in calendar.walk():
        for error in getattr(component, 'errors', []):
            problems.append('%s: %s' % (component.name, error))
    events = []
    for event in calendar.walk('VEVENT'):
        start, end = event.decoded('DTSTART'), event.decoded('DTEND')
        events.append({
            'uid': str(event['UID']), 'start': start.isoformat(), 'end': end.isoformat(),
            'allDay': type(start) is datetime.date and type(end) is datetime.date and end - start == datetime.timedelta(days=1),
            'summary': str(event['SUMMARY']), 'description': str(event['DESCRIPTION']),
            'dtstamp': event.decoded('DTSTAMP').isoformat(),
        })
    print(json.dumps({
        'problems': problems, 'folded': sum(1 for line in lines if line.startswith(b' ')),
        'version': str(calendar.get('VERSION')), 'prodid': str(calendar.get('PRODID')),
        'calscale': str(calendar.get('CALSCALE')), 'todos': len(calendar.walk('VTODO')), 'events': events,
    }))
    """#
}
