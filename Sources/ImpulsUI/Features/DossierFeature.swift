import ImpulsCore
import ImpulsText

/// One municipality's dossier: Tab and Shift-Tab move between its sections, the list feature
/// moves in a section (on the overview among its open notices, on the Application tab among the
/// applications: `EntryList`), Enter expands a session; the editing keys start a form, a step, a
/// question or a change (`DossierFeature+Edit`) — on the chosen record, application or notice.
public enum DossierFeature {
    public struct State: Sendable, Equatable {
        public var code: MunicipalityCode
        public var section: DossierSection
        /// The selected line; in a section with entries (notices, applications) the chosen entry,
        /// with the scroll in lines.
        public var position: ListPosition
        /// The selected session shows its details.
        public var expanded: Bool
        /// The section's lines at the window's width, as the layout counts them (`AppState.measure`).
        var lineCount = 0
        /// The lines of each of the section's entries, as the layout places them (empty: a list of lines).
        var entries: [Range<Int>] = []

        public init(_ code: MunicipalityCode, section: DossierSection = .overview, position: ListPosition = ListPosition(), expanded: Bool = false) {
            self.code = code
            self.section = section
            self.position = position
            self.expanded = expanded
        }

        /// Scrolls the selection into view (a dossier opened on a record).
        mutating func reveal(_ viewport: Viewport) {
            guard !entries.isEmpty else { return position.clamp(count: lineCount, height: viewport.dossierHeight) }
            position.selection = max(0, min(position.selection, entries.count - 1))
            position.scroll = EntryList.revealing(entries[position.selection], scroll: position.scroll, height: viewport.dossierHeight)
        }

        /// The section as the layout now has it (after a change, a sync, a resize): its lines and
        /// entries, the chosen entry kept inside them.
        mutating func fit(lines: Int, entries: [Range<Int>], _ viewport: Viewport) {
            lineCount = lines
            self.entries = entries
            guard !entries.isEmpty else { return }
            position.selection = max(0, min(position.selection, entries.count - 1))
            position.scroll = max(0, min(position.scroll, lines - viewport.dossierHeight))
        }

        /// The index of the chosen entry among `count` (nil when there are none).
        func chosen(among count: Int) -> Int? { count == 0 ? nil : max(0, min(position.selection, count - 1)) }
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
        case .step, .edit:
            // Away from the Application tab with more than one open: the user chooses, never a silent pick.
            let open = context.caseload.dossiers[state.code]?.applications.filter { $0.status.isOpen }.count ?? 0
            if state.section != .application, open > 1, !context.readOnly, context.caseload.unreadable[state.code] == nil {
                state.section = .application
                state.position = ListPosition()
                state.expanded = false
                return [.say(Message.ui(.chooseApplication(open: open)).text(context.language))]
            }
            return edit(action, state, &context)
        case .newSession, .newApplication, .newContact, .delete, .toggleFollowUp, .undo, .redo, .resolveNotice:
            return edit(action, state, &context)
        default:
            if !state.entries.isEmpty {
                let outcome = EntryList.reduce(&state.position, action, entries: state.entries, lines: state.lineCount,
                                               height: context.viewport.dossierHeight)
                if outcome == .moved, state.section == .sessions { state.expanded = false }
                return ListFeature.commands(outcome)
            }
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

    /// Applications newest first: the order the Application tab lists them in.
    static func applicationsInOrder(_ d: Dossier) -> [Application] { d.applications.reversed() }

    /// The application chosen on the Application tab (nil elsewhere, or when there is none).
    static func chosenApplication(_ state: State, dossier d: Dossier) -> Application? {
        guard state.section == .application else { return nil }
        let list = applicationsInOrder(d)
        return state.chosen(among: list.count).map { list[$0] }
    }

    /// The open notice chosen on the overview (nil elsewhere, or when there is none).
    static func chosenNotice(_ state: State, dossier d: Dossier) -> Notice? {
        guard state.section == .overview else { return nil }
        let open = d.openNotices
        return state.chosen(among: open.count).map { open[$0] }
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
        case .application:
            return chosenApplication(state, dossier: d).map { (.application, $0.id) }
        case .overview:
            return d.currentApplication.map { (.application, $0.id) }
        }
    }
}
