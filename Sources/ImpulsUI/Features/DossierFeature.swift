import ImpulsCore

/// One municipality's dossier: Tab and Shift-Tab move between its sections, the list feature
/// moves in a section, Enter expands a session; the editing keys start a form, a step, a
/// question or a change (`DossierFeature+Edit`).
public enum DossierFeature {
    public struct State: Sendable, Equatable {
        public var code: MunicipalityCode
        public var section: DossierSection
        public var position: ListPosition
        /// The selected session shows its details.
        public var expanded: Bool
        /// The section's lines at the window's width, as the layout counts them (`AppState.measure`).
        var lineCount = 0

        public init(_ code: MunicipalityCode, section: DossierSection = .overview, position: ListPosition = ListPosition(), expanded: Bool = false) {
            self.code = code
            self.section = section
            self.position = position
            self.expanded = expanded
        }

        /// Scrolls the selection into view (a dossier opened on a record).
        mutating func reveal(_ viewport: Viewport) {
            position.clamp(count: lineCount, height: viewport.dossierHeight)
        }
    }

    static func reduce(_ state: inout State, _ action: Action, _ context: inout Context) -> [Command] {
        switch action {
        case .agenda: return [.openAgenda]
        case .dashboard: return [.openDashboard]
        case .nextSection, .previousSection:
            let all = DossierSection.allCases
            let step = action == .nextSection ? 1 : all.count - 1
            state.section = all[(all.firstIndex(of: state.section)! + step) % all.count]
            state.position = ListPosition()
            state.expanded = false
        case .open:
            if state.section == .sessions { state.expanded.toggle() }
        case .newSession, .newApplication, .newContact, .edit, .delete, .step, .toggleFollowUp, .undo, .redo:
            return edit(action, state, &context)
        default:
            let outcome = ListFeature.reduce(&state.position, action, count: state.lineCount, page: context.viewport.dossierHeight)
            if outcome == .moved, state.section == .sessions { state.expanded = false }
            return ListFeature.commands(outcome)
        }
        return []
    }

    /// Sessions newest first and follow-ups open-then-by-due: the order the sections list them in.
    static func sessionsInOrder(_ d: Dossier) -> [AdviceSession] { d.sessions.sorted { ($0.date, $0.id) > ($1.date, $1.id) } }
    static func followUpsInOrder(_ d: Dossier) -> [(AdviceSession, FollowUp)] {
        d.sessions.flatMap { s in s.followUps.map { (s, $0) } }.sorted { ($0.1.done ? 1 : 0, $0.1.due, $0.1.id) < ($1.1.done ? 1 : 0, $1.1.due, $1.1.id) }
    }

    /// The record under the selection: what `e`, `d` and `x` act on.
    static func selectedRecord(_ state: State, dossier d: Dossier) -> (Dossier.RecordKind, String)? {
        let selection = state.position.selection
        switch state.section {
        case .sessions:
            let list = sessionsInOrder(d)
            return selection < list.count ? (.session, list[selection].id) : nil
        case .followUps:
            let list = followUpsInOrder(d)
            return selection < list.count ? (.followUp, list[selection].1.id) : nil
        case .contacts:
            return selection < d.contacts.count ? (.contact, d.contacts[selection].id) : nil
        case .application, .overview:
            return d.currentApplication.map { (.application, $0.id) }
        }
    }
}
