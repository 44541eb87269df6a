import ImpulsCore
import ImpulsText

/// The region view: the region's municipalities, filtered as the user types and sorted by `o`;
/// Enter opens a dossier — while filtering, where the filter matched.
public enum RegionFeature {
    public struct State: Sendable, Equatable {
        public var sort: SortKey = .name
        public var filter = ""
        public var isTypingFilter = false
        public var list = ListPosition()
        /// The region's rows, filtered and sorted: made again when the rows, the filter or the sort change.
        public private(set) var rows: [RegionRow] = []
        private var all: [RegionRow] = []
        /// The text the filter searches, per municipality: made when the filter is first used and
        /// kept until the dossier changes, so a keystroke folds nothing again.
        public private(set) var searchTexts: [MunicipalityCode: SearchText] = [:]

        public var filterLineShown: Bool { isTypingFilter || !filter.isEmpty }
        /// Something is typed in the filter (spaces alone filter nothing).
        public var isFiltering: Bool { !filter.trimmingSpaces.isEmpty }
        /// Narrow windows show where the selected row matched on a line of its own (wide ones, in a column).
        public func matchLineShown(_ viewport: Viewport) -> Bool { viewport.columns < 80 && isFiltering }
        /// Lines between the header and the list: the filter line and the match line, when shown.
        func linesAbove(_ viewport: Viewport) -> Int { (filterLineShown ? 1 : 0) + (matchLineShown(viewport) ? 1 : 0) }
        /// The list's height: the body less its column header and the lines above it.
        public func pageSize(_ viewport: Viewport) -> Int { max(1, viewport.bodyHeight - 1 - linesAbove(viewport)) }

        /// Shows `rows` (the region's, after the caseload or the region changed), filtered and sorted.
        mutating func show(_ rows: [RegionRow], caseload: Caseload, viewport: Viewport) {
            all = rows
            refilter(caseload, viewport)
        }

        mutating func searchText(_ m: Municipality, _ caseload: Caseload) -> SearchText {
            let dossier = caseload.dossiers[m.code]
            if let kept = searchTexts[m.code], kept.stamp == SearchText.stamp(dossier) { return kept }
            let text = SearchText(m, dossier: dossier)
            searchTexts[m.code] = text
            return text
        }

        /// Filters and sorts the rows again, keeping the selection on a row.
        mutating func refilter(_ caseload: Caseload, _ viewport: Viewport) {
            let query = Folding.fold(filter.trimmingSpaces)
            var result = all
            if !query.isEmpty {
                result = []
                let words = query.split(separator: " ").map { Array($0.utf8) }
                for row in all where searchText(row.municipality, caseload).contains(all: words) { result.append(row) }
            }
            let byName: (RegionRow, RegionRow) -> Bool = { $0.municipality.searchKey < $1.municipality.searchKey }
            switch sort {
            case .name: result.sort(by: byName)
            case .status:
                result.sort { a, b in
                    let ra = a.status.map { ApplicationStatus.allCases.firstIndex(of: $0)! } ?? 99
                    let rb = b.status.map { ApplicationStatus.allCases.firstIndex(of: $0)! } ?? 99
                    return ra != rb ? ra < rb : byName(a, b)
                }
            case .lastContact:
                // Longest without contact first: that is who needs a call.
                result.sort { a, b in
                    let da = a.lastContact?.dayNumber ?? Int.min
                    let db = b.lastContact?.dayNumber ?? Int.min
                    return da != db ? da < db : byName(a, b)
                }
            case .overdue:
                result.sort { a, b in a.overdueFollowUps != b.overdueFollowUps ? a.overdueFollowUps > b.overdueFollowUps : byName(a, b) }
            }
            rows = result
            fit(viewport)
        }

        /// Keeps the selection on a row and in view (after a resize).
        mutating func fit(_ viewport: Viewport) {
            list.clamp(count: rows.count, height: pageSize(viewport))
        }

        mutating func clearFilter(_ caseload: Caseload, _ viewport: Viewport) {
            filter = ""
            isTypingFilter = false
            refilter(caseload, viewport)
        }
    }

    static func reduce(_ state: inout State, _ action: Action, _ context: inout Context) -> [Command] {
        switch action {
        case .filter:
            state.isTypingFilter = true
            state.refilter(context.caseload, context.viewport)
        case .cycleSort:
            let all = SortKey.allCases
            state.sort = all[(all.firstIndex(of: state.sort)! + 1) % all.count]
            state.refilter(context.caseload, context.viewport)
            state.list = ListPosition()
            return [.say(Message.sortedBy(state.sort).text(context.language))]
        case .switchRegion: return [.switchRegion]
        case .agenda: return [.openAgenda]
        case .dashboard: return [.openDashboard]
        case .back: if !state.filter.isEmpty { state.clearFilter(context.caseload, context.viewport) }
        default:
            switch ListFeature.reduce(&state.list, action, count: state.rows.count, page: state.pageSize(context.viewport)) {
            case .open(let index): return [.openDossier(opening(state.rows[index].municipality, state, context))]
            case let outcome: return ListFeature.commands(outcome)
            }
        }
        return []
    }

    /// A key while the filter is typed: it goes into the filter, but for Enter (done), Esc (clear),
    /// Ctrl-U (empty it) and the arrows (move in the rows found so far).
    static func typeFilter(_ state: inout State, _ key: Key, _ context: inout Context) -> [Command] {
        let (caseload, viewport) = (context.caseload, context.viewport)
        switch key {
        case .enter:
            state.isTypingFilter = false
            state.refilter(caseload, viewport)
        case .escape: state.clearFilter(caseload, viewport)
        case .backspace:
            if state.filter.isEmpty { state.isTypingFilter = false } else { state.filter.removeLast() }
            state.list = ListPosition()
            state.refilter(caseload, viewport)
        case .control("u"):
            state.filter = ""
            state.refilter(caseload, viewport)
        case .character(let c):
            state.filter.append(c)
            state.list = ListPosition()
            state.refilter(caseload, viewport)
        case .down, .up, .pageDown, .pageUp:
            let action: Action = key == .down ? .moveDown : key == .up ? .moveUp : key == .pageDown ? .pageDown : .pageUp
            _ = ListFeature.reduce(&state.list, action, count: state.rows.count, page: state.pageSize(viewport))
        default: break
        }
        return []
    }

    /// A click on the row at screen line `y`: selects it, or opens it when it is selected already.
    static func click(_ state: inout State, row y: Int, _ context: inout Context) -> [Command] {
        let firstRow = 2 + state.linesAbove(context.viewport)
        let index = state.list.scroll + y - firstRow
        guard y >= firstRow, index < state.rows.count else { return [] }
        if index == state.list.selection { return reduce(&state, .open, &context) }
        state.list.selection = index
        return []
    }

    /// The dossier opened from a row; while filtering, on the tab where the filter matched, with
    /// that record selected (a session expanded).
    static func opening(_ m: Municipality, _ state: State, _ context: Context) -> DossierFeature.State {
        guard state.isFiltering, let dossier = context.caseload.dossiers[m.code],
              let (part, _) = state.searchTexts[m.code]?.match(state.filter, width: 40) else {
            return DossierFeature.State(m.code)
        }
        var opened = DossierFeature.State(m.code)
        switch part.field {
        case .sessionSummary, .sessionParticipants:
            opened.section = .sessions
            opened.position.selection = DossierFeature.sessionsInOrder(dossier).firstIndex { $0.id == part.record } ?? 0
            opened.expanded = true
        case .followUp:
            opened.section = .followUps
            opened.position.selection = DossierFeature.followUpsInOrder(dossier).firstIndex { $0.1.id == part.record } ?? 0
        case .contactName, .contactRole, .contactEmail, .contactPhone:
            opened.section = .contacts
            opened.position.selection = dossier.contacts.firstIndex { $0.id == part.record } ?? 0
        case .applicationTitle, .applicationActivities, .applicationOutcome, .stepNote:
            opened.section = .application
            opened.position.selection = DossierFeature.applicationsInOrder(dossier).firstIndex { $0.id == part.record } ?? 0
        case .name, .code, .notes, .adviser:
            opened.section = .overview
        }
        return opened
    }
}
