/// Who makes a change, as undo tells one's own changes from a colleague's: the adviser's name and
/// the laptop, by the id its data folder keeps. A name alone does not do: two advisers may choose
/// the same one, or both leave it empty (then every change is by "onbekend").
public struct Author: Hashable, Sendable {
    /// The config's adviser, or "?" when none is set (as `Config.actor` records it).
    public var name: String
    /// The data folder's laptop id; nil where none is known.
    public var laptop: String?

    public init(name: String, laptop: String?) {
        self.name = name
        self.laptop = laptop
    }

    /// Whether `entry` is this author's own: the same name and the same laptop. An entry without a
    /// laptop (written before laptops were recorded) is a named adviser's own by the name alone, as
    /// it was then; one by nobody in particular ("onbekend") is nobody's, so nobody undoes it.
    public func made(_ entry: HistoryEntry) -> Bool {
        guard entry.by == name else { return false }
        guard let recorded = entry.laptop else { return !Author.isUnknown(name) }
        return recorded == laptop
    }

    /// Whether a recorded name stands for nobody in particular: empty, or "?" (no adviser set).
    public static func isUnknown(_ name: String) -> Bool {
        let trimmed = name.trimmingSpaces
        return trimmed.isEmpty || trimmed == "?"
    }
}
