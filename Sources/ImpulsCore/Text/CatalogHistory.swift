/// History in words: a change as a person would say it, in the interface language.
extension Message {
    /// One change (its entries) about this dossier, e.g. "ingediend → concept, ‘Wijkgericht werken’".
    public static func changeInWords(_ change: Dossier.Change, in dossier: Dossier, _ language: Language) -> String {
        let parts = change.entries.prefix(3).map { entryInWords($0, in: dossier, language) }
        return parts.joined(separator: "; ") + (change.entries.count > 3 ? " …" : "")
    }

    public static func entryInWords(_ entry: HistoryEntry, in dossier: Dossier, _ language: Language) -> String {
        let nl = language == .nl
        func title(_ id: String) -> String {
            let found = dossier.applications.first { $0.id == id }?.title
                ?? dossier.history.compactMap { e -> String? in if case .application(let a)? = e.before, a.id == id { return a.title } else { return nil } }.first
            return found.map { "‘\($0)’" } ?? ""
        }
        let what = entry.new ?? ""
        switch (entry.subject, entry.action) {
        case (.application(let id), .transition):
            let old = entry.old.flatMap(ApplicationStatus.init(rawValue:)).map { Message.status($0, language) } ?? (entry.old ?? "")
            let new = entry.new.flatMap(ApplicationStatus.init(rawValue:)).map { Message.status($0, language) } ?? (entry.new ?? "")
            return "\(old) → \(new), \(title(id))"
        case (.application(let id), .created): return (nl ? "aanvraag \(title(id)) aangemaakt" : "application \(title(id)) created")
        case (.application(let id), .removed): return (nl ? "aanvraag \(title(id)) weggehaald" : "application \(title(id)) taken away")
        case (.session, .created): return (nl ? "gesprek " : "session ") + what
        case (.session, .removed): return (nl ? "gesprek verwijderd: " : "session removed: ") + what
        case (.followUp, .created): return (nl ? "actie " : "follow-up ") + what
        case (.followUp, .changed) where entry.field == "done":
            return entry.new == "true" ? (nl ? "actie afgevinkt" : "follow-up ticked off") : (nl ? "actie weer open" : "follow-up open again")
        case (.followUp, .removed): return nl ? "actie verwijderd" : "follow-up removed"
        case (.contact, .created): return (nl ? "contactpersoon " : "contact ") + what
        case (.contact, .removed): return (nl ? "contactpersoon verwijderd: " : "contact removed: ") + what
        case (.dossier, .imported): return (nl ? "geïmporteerd uit " : "imported from ") + what
        case (.dossier, .resolved): return nl ? "melding afgehandeld" : "notice resolved"
        case (_, .changed):
            return "\(entry.field ?? ""): \(entry.old.map { $0.isEmpty ? "–" : $0 } ?? "–") → \(entry.new.map { $0.isEmpty ? "–" : $0 } ?? "–")"
        default:
            return entry.action.rawValue + (what.isEmpty ? "" : " " + what)
        }
    }
}
