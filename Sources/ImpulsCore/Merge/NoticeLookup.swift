/// A notice found by what someone typed: its id, or a start of it no other notice of the dossier
/// shares, as git takes a commit's short id. Resolved notices count too, so resolving one twice
/// finds it (and changes nothing).
extension Dossier {
    public enum NoticeMatch: Equatable, Sendable {
        case found(Notice)
        /// No notice's id starts so.
        case none
        /// Several do: the start is too short.
        case several([Notice])
    }

    /// The notice whose id is `typed`, else the one whose id starts with it (case and surrounding
    /// spaces aside).
    public func notice(matching typed: String) -> NoticeMatch {
        let text = typed.trimmingSpaces.lowercased()
        guard !text.isEmpty else { return notices.isEmpty ? .none : .several(notices) }
        if let exact = notices.first(where: { $0.id.lowercased() == text }) { return .found(exact) }
        let starting = notices.filter { $0.id.lowercased().hasPrefix(text) }
        switch starting.count {
        case 0: return .none
        case 1: return .found(starting[0])
        default: return .several(starting)
        }
    }

    /// The shortest start of a notice's id, of at least `Notice.shortIDLength` characters, that
    /// tells it from every other notice of the dossier: what `dossier show` and `check` print.
    public func shortID(ofNotice id: String) -> String {
        let others = notices.map(\.id).filter { $0 != id }
        var length = min(Notice.shortIDLength, id.count)
        while length < id.count, others.contains(where: { $0.hasPrefix(id.prefix(length)) }) { length += 1 }
        return String(id.prefix(length))
    }
}

extension Notice {
    /// How many characters of an id `shortID(ofNotice:)` shows at least.
    public static let shortIDLength = 6
}
