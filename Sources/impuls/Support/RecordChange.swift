import ImpulsCore
import ImpulsText

/// A change to a record a command named in the dossier it read: tried on that dossier first, so
/// a change that changes nothing (an edit to what already is) writes nothing; else made through
/// `Workspace.change(_:asRead:_:)` (a dossier changed meanwhile is a conflict). What it did is said
/// as the history says each of its entries (`words`), as `impuls undo` names it.
struct RecordChange {
    let workspace: Workspace
    let municipality: Municipality
    let read: Dossier

    struct Outcome {
        let dossier: Dossier
        /// The change in words; nil when nothing changed.
        let words: String?
        /// `done` when something changed, else `unchanged`.
        func action(_ done: String) -> String { words == nil ? "unchanged" : done }
    }

    @discardableResult
    func apply(_ change: (Dossier) throws(Refusal) -> Dossier) throws -> Outcome {
        let tried: Dossier
        do { tried = try change(read) } catch {
            throw CommandFailure.refused(error.reasons.map { Message.reason($0).text(workspace.language) })
        }
        guard tried != read else { return Outcome(dossier: read, words: nil) }
        let next = try workspace.change(municipality.code, asRead: read, change)
        // Every field it changed (the interface's message line says the first three).
        let made = next.changes.last?.entries.map { Message.entryInWords($0, in: next, workspace.language) }
        return Outcome(dossier: next, words: made?.joined(separator: "; ") ?? "")
    }
}
