/// How far a merge believes the moments in a history when "the later change wins".
///
/// A moment comes from the clock of the laptop that recorded it, or from a hand edit; one far in the
/// future (9999-12-31) would win every decision after it. Every entry also carries `on`, the
/// adviser's calendar day when it was recorded, and a true moment lies within that day as some
/// time zone sees it: from the day before it starts (UTC+14) to the day after it ends (UTC-12). A
/// moment later than that is not believed: it counts as the start of the day before `on`, no later
/// than any moment its day allows. This rule reads nothing but the entry, so every laptop merging
/// the same copies decides the same way (the merge driver has no clock to consult).
///
/// A caller that knows the time (import, which decides once on one laptop) may add it: a moment
/// still more than a day after `now` then counts as earlier than every believable one.
struct MergeMoments {
    /// The latest moment believed, when a clock is known: `now` plus a day.
    let until: Timestamp?

    init(now: Timestamp?) {
        until = now.map { Timestamp(milliseconds: $0.milliseconds + MergeMoments.day) }
    }

    static let day: Int64 = 86_400_000

    /// The moment `entry` is believed to have been recorded at.
    func believed(_ entry: HistoryEntry) -> Timestamp {
        var moment = entry.at
        if moment >= Timestamp(day: entry.on.adding(days: 2)) { moment = Timestamp(day: entry.on.adding(days: -1)) }
        if let until, moment > until { moment = Timestamp(milliseconds: Timestamp.first) }
        return moment
    }

    /// True when `a` was recorded before `b` as believed; ties by author, then id (a total order,
    /// the same on every laptop).
    func precedes(_ a: HistoryEntry, _ b: HistoryEntry) -> Bool {
        (believed(a), a.by, a.id) < (believed(b), b.by, b.id)
    }

    /// The latest believed moment of some entries.
    func latest(_ entries: [HistoryEntry]) -> Timestamp? {
        entries.lazy.map(believed).max()
    }
}
