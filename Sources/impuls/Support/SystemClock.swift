#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore
import ImpulsStore

/// The local calendar day from the system clock.
enum SystemClock {
    static func localToday() -> CalendarDay {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CalendarDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? .latest
    }

    /// Now, to the millisecond: `IMPULS_NOW` (`2023-10-16T14:03:22.000Z`, for tests) when set.
    static func now() -> Timestamp {
        if let text = ProcessEnvironment.value("IMPULS_NOW"), let at = Timestamp(text: text) { return at }
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(milliseconds: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }
}
