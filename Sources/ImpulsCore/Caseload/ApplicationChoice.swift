/// Which application an action is about. A dossier may hold several open applications (two
/// advisers each started one offline): an action names its application, by a start of its title or
/// id, or goes to the only one that can take the step — never to one picked silently.
extension Dossier {
    /// The applications `text` names: those whose title (folded: case, accents and apostrophes
    /// ignored) or id is the text as a whole, else those whose title or id starts with it; none for
    /// an empty text. One is a choice; more are ambiguous.
    public func applications(matching text: String) -> [Application] {
        let wanted = Folding.fold(text.trimmingSpaces)
        guard !wanted.isEmpty else { return [] }
        let keys = applications.map { (application: $0, title: Folding.fold($0.title), id: Folding.fold($0.id)) }
        let whole = keys.filter { $0.title == wanted || $0.id == wanted }
        if !whole.isEmpty { return whole.map(\.application) }
        return keys.filter { $0.title.hasPrefix(wanted) || $0.id.hasPrefix(wanted) }.map(\.application)
    }

    /// The applications the workflow lets take `step` from where they stand (`nextSteps`), in the
    /// dossier's order.
    public func applicationsThatCanTake(_ step: ApplicationStatus) -> [Application] {
        applications.filter { $0.status.nextSteps.contains(step) }
    }

    /// The application a step to `step` is about. With `text`: the one it names
    /// (`applications(matching:)`), whether or not it can take the step (the workflow says why
    /// not). Without: the only application that can take it, else the only open one. Refused with
    /// the applications to choose from: `applicationNotFound` (all of them) for a text that names
    /// none, `applicationAmbiguous` (those it names) for one that names several,
    /// `applicationNotChosen` (those that can take the step, else the open ones) when there is
    /// more than one, and `noOpenApplication` when nothing is open.
    public func application(named text: String?, toTake step: ApplicationStatus) throws(Refusal) -> Application {
        if let text {
            let named = applications(matching: text)
            if named.count == 1 { return named[0] }
            throw Refusal([named.isEmpty ? .applicationNotFound(text, among: applications) : .applicationAmbiguous(text, among: named)])
        }
        let able = applicationsThatCanTake(step)
        let candidates = able.isEmpty ? applications.filter { $0.status.isOpen } : able
        if candidates.count == 1 { return candidates[0] }
        throw Refusal([candidates.isEmpty ? .noOpenApplication : .applicationNotChosen(step, among: candidates)])
    }
}

extension Application {
    /// The start of its id that lists show beside the title, enough to name it (`--application`).
    public var idPrefix: String { String(id.prefix(8)) }
}
