#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// The local calendar day from the system clock.
enum SystemClock {
    static func localToday() -> CalendarDay {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CalendarDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
