/// A day in the calendar, with no time and no time zone: what the scheme's rules count in.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid day, or nil for an impossible one (2023-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; with `acceptDutchOrder`, also `DD-MM-YYYY`. Strict: two-digit month
    /// and day, no spaces, ASCII digits only; nil for anything else or an impossible day.
    public init?(parsing text: String, acceptDutchOrder: Bool = false) {
        var text = text
        guard let parsed = text.withUTF8({ CalendarDay.parse($0, acceptDutchOrder: acceptDutchOrder) }) else { return nil }
        self = parsed
    }

    /// An ISO day (`2023-10-16`) from its UTF-8 bytes (dates are read by the thousand when a folder loads).
    public init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let day = CalendarDay.parse(bytes, acceptDutchOrder: false) else { return nil }
        self = day
    }

    /// The same, on bytes (no copy of the text).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, acceptDutchOrder: Bool) -> CalendarDay? {
        guard bytes.count == 10 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let byte = bytes[i]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let dash = UInt8(ascii: "-")
        if bytes[4] == dash, bytes[7] == dash, let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) {
            return CalendarDay(year: y, month: m, day: d)
        } else if acceptDutchOrder, bytes[2] == dash, bytes[5] == dash, let d = number(0..<2), let m = number(3..<5), let y = number(6..<10) {
            return CalendarDay(year: y, month: m, day: d)
        }
        return nil
    }

    /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day with the given day number (see `dayNumber`), clamped to `earliest...latest`.
    public init(dayNumber: Int) {
        let z = min(max(dayNumber, -719_162), 2_932_896) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The first and the last day this calendar holds; arithmetic stops at them instead of trapping.
    public static let earliest = CalendarDay(year: 1, month: 1, day: 1)!
    public static let latest = CalendarDay(year: 9999, month: 12, day: 31)!

    /// `days` later (earlier when negative), clamped to `earliest...latest`.
    public func adding(days: Int) -> CalendarDay {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        if overflow { return days > 0 ? .latest : .earliest }
        return CalendarDay(dayNumber: sum)
    }

    /// The same day of the month `months` later, clamped to the month's last day (31 Oct + 4 → 28/29 Feb)
    /// and to `earliest...latest`.
    public func adding(months: Int) -> CalendarDay {
        let limit = 10_000 * 12
        guard months > -limit, months < limit else { return months > 0 ? .latest : .earliest }
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        if newYear > 9999 { return .latest }
        if newYear < 1 || total < 0 { return .earliest }
        let newMonth = total % 12 + 1
        let newDay = min(day, CalendarDay.daysIn(month: newMonth, year: newYear))
        return CalendarDay(year: newYear, month: newMonth, day: newDay) ?? .latest
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDay) -> Int { other.dayNumber - dayNumber }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
