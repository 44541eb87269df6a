import ImpulsCore

/// An iCalendar file (RFC 5545) of all-day events: what `impuls agenda --format ics` writes.
///
/// All-day `VEVENT`s (`DTSTART;VALUE=DATE` and `DTEND` the next day), not `VTODO`s: Outlook's and
/// GNOME Calendar's import leave to-dos out, and all three of Outlook, Thunderbird and GNOME
/// Calendar import and subscribe to all-day events. Lines end in CRLF and are folded at 75 octets,
/// never inside a UTF-8 sequence; text is escaped (`\\`, `\;`, `\,`, `\n`).
public enum ICalendar {
    /// One all-day event.
    public struct Event: Sendable, Equatable {
        /// The same item keeps the same UID in every file, so a calendar updates it, never doubles it.
        public let uid: String
        public let day: CalendarDay
        public let summary: String
        public let description: String

        public init(uid: String, day: CalendarDay, summary: String, description: String) {
            self.uid = uid
            self.day = day
            self.summary = summary
            self.description = description
        }
    }

    /// The file: `events` in the order given, stamped `stamp` (DTSTAMP: when the file was made),
    /// named `name` for a calendar that subscribes to it (`X-WR-CALNAME`).
    public static func encode(_ events: [Event], productID: String, name: String, stamp: Timestamp) -> [UInt8] {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + escaped(productID), "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + escaped(name)]
        let dtstamp = moment(stamp)
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:" + escaped(event.uid), "DTSTAMP:" + dtstamp,
                      "DTSTART;VALUE=DATE:" + date(event.day), "DTEND;VALUE=DATE:" + date(event.day.adding(days: 1)),
                      "SUMMARY:" + escaped(event.summary), "DESCRIPTION:" + escaped(event.description),
                      "TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        var bytes: [UInt8] = []
        for line in lines { bytes += folded(line) }
        return bytes
    }

    /// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break
    /// (CRLF, LF or CR) as `\n`; other control characters, which a content line may not hold, as
    /// their `\u{1B}`-style escape.
    public static func escaped(_ text: String) -> String {
        var result = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += String(scalar).escapingControlCharacters.replacingBackslashes
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// A content line as bytes, folded (RFC 5545 3.1): at most 75 octets a line, the next one
    /// starting with a space, cut only between whole characters' UTF-8 sequences; CRLF after each.
    public static func folded(_ line: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var lineLength = 0
        for scalar in line.unicodeScalars {
            let encoded = Array(String(scalar).utf8)
            if lineLength + encoded.count > 75 {
                bytes += [0x0D, 0x0A, 0x20]
                lineLength = 1
            }
            bytes += encoded
            lineLength += encoded.count
        }
        return bytes + [0x0D, 0x0A]
    }

    /// `20231016` (DATE).
    static func date(_ day: CalendarDay) -> String {
        String(day.description.filter { $0 != "-" })
    }

    /// `20231016T140322Z` (DATE-TIME in UTC), to the second.
    static func moment(_ at: Timestamp) -> String {
        let text = at.description  // 2023-10-16T14:03:22.123Z
        return String(text.prefix(19).filter { $0 != "-" && $0 != ":" }) + "Z"
    }
}

private extension String {
    /// A backslash doubled, as TEXT needs it.
    var replacingBackslashes: String {
        split(separator: "\\", omittingEmptySubsequences: false).joined(separator: "\\\\")
    }
}
