/// The order of two changes when "the later change wins": by moment, then author, then id (a total
/// order, the same on every laptop).
struct MergeMoments {
    /// The moment `entry` is believed to have been recorded at.
    func believed(_ entry: HistoryEntry) -> Timestamp { entry.at }

    /// True when `a` was recorded before `b` as believed.
    func precedes(_ a: HistoryEntry, _ b: HistoryEntry) -> Bool {
        (believed(a), a.by, a.id) < (believed(b), b.by, b.id)
    }

    /// The latest believed moment of some entries.
    func latest(_ entries: [HistoryEntry]) -> Timestamp? {
        entries.lazy.map(believed).max()
    }
}
