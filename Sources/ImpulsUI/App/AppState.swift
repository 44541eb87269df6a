import ImpulsCore
import ImpulsText

/// How the region view is sorted; `o` cycles through them.
public enum SortOrder: CaseIterable, Sendable {
    case name, status, lastContact, overdue

    var key: SortKey {
        switch self {
        case .name: .name
        case .status: .status
        case .lastContact: .lastContact
        case .overdue: .overdue
        }
    }
}

/// The sections of the dossier view; Tab and Shift-Tab move between them.
public enum DossierSection: CaseIterable, Sendable {
    case overview, sessions, application, contacts, followUps
}

/// A list's selection and scroll position.
public struct ListPosition: Sendable, Equatable {
    public var selection = 0
    public var scroll = 0

    /// Moves by `delta`, keeping the selection inside `count` rows and visible in `height`.
    mutating func move(_ delta: Int, count: Int, height: Int) {
        selection = max(0, min(selection + delta, count - 1))
        clamp(count: count, height: height)
    }

    /// The rows on screen: each visible item's index, its screen row (from `top`), and whether it is selected.
    func visible(count: Int, height: Int, top: Int) -> [(index: Int, y: Int, selected: Bool)] {
        (0..<max(0, height)).compactMap { line in
            let index = scroll + line
            return index < count ? (index, top + line, index == selection) : nil
        }
    }

    mutating func clamp(count: Int, height: Int) {
        selection = max(0, min(selection, count - 1))
        if selection < scroll { scroll = selection }
        if selection >= scroll + height { scroll = selection - height + 1 }
        scroll = max(0, min(scroll, max(0, count - height)))
    }
}

/// One line of the agenda: a follow-up or a project deadline.
public struct AgendaItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case followUp, projectEnd, projectStart, notice }
    public let day: CalendarDay
    public let kind: Kind
    public let text: String
    public let municipality: Municipality
    /// The record it is about: the follow-up's or the application's id (nil for a notice).
    public var record: String? = nil
}

/// Everything the screen shows, as a plain value. `Update` changes it; `Render` draws it.
public struct AppState: Sendable {
    public var columns: Int
    public var rows: Int
    public var language: Language
    public var readOnly: Bool
    /// The team new applications get by default (config `team`).
    public var team: Team = .zorgVeiligheid
    public var caseload: Caseload
    /// The regions `r` cycles through; nil stands for all of the Netherlands.
    public var regions: [Region?]
    public var regionIndex = 0
    public var sort: SortOrder = .name
    public var filter = ""
    public var isTypingFilter = false
    public var list = ListPosition()
    /// Views opened on top of the region view, the current one last.
    public var stack: [Screen] = []
    public var message: String?
    /// Changes made in this run: `u` takes these back at once, older ones after a question.
    public var changesThisRun: Set<String> = []
    /// What to say once the save in flight is done (instead of "Saved").
    public var messageAfterSave: String?

    /// A view opened on top of the region view.
    public enum Screen: Sendable, Equatable {
        case dossier(MunicipalityCode, section: DossierSection, position: ListPosition, expanded: Bool)
        case agenda(ListPosition)
        case help(scroll: Int)
        case form(Form)
        case stepChooser(MunicipalityCode, options: [ApplicationStatus], selection: Int)
        /// "Delete this?", over the dossier.
        case confirmDelete(MunicipalityCode, kind: Dossier.RecordKind, id: String)
        /// "Undo (or redo) this change of an earlier day?", over the dossier.
        case confirmUndo(MunicipalityCode, change: String, redo: Bool, question: String)
        /// "Continue the form you were typing in?" on start, after a crash.
        case offerDraft(FormDraft)
        /// The team lead's table of regions; `row` and `figure` select a cell.
        case dashboard(row: Int, figure: Int)
        /// The municipalities behind one figure of the dashboard.
        case drill(title: String, codes: [MunicipalityCode], position: ListPosition)
    }

    /// Draw bars with `#` instead of block characters (a terminal without UTF-8).
    public var asciiOnly = false

    /// The status report of the regions `r` cycles through, with all of the Netherlands last:
    /// computed when the dashboard opens and again when the caseload changes, not per key.
    public private(set) var report: StatusReport?

    mutating func dropReport() { report = nil }

    mutating func computeReport() {
        report = StatusReport.make(dossiers: Array(caseload.dossiers.values), regions: regions.compactMap { $0 },
                                   rules: caseload.rules, today: caseload.today)
    }

    /// Ids for new records; seeded by the run loop, so update stays a function of its inputs.
    public var ids = SeededGenerator(seed: 1)

    /// The region view's rows, filtered and sorted: derived once per change.
    public private(set) var visibleRows: [RegionRow] = []
    private var allRows: [RegionRow] = []

    public init(columns: Int, rows: Int, language: Language, caseload: Caseload, regions: [Region?], readOnly: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.language = language
        self.caseload = caseload
        self.regions = regions.isEmpty ? [nil] : regions
        self.readOnly = readOnly
        rebuildRows()
    }

    public var view: View {
        switch stack.last {
        case nil: return .region
        case .dossier?: return .dossier
        case .agenda?: return .agenda
        case .help?: return .help
        case .form?: return .form
        case .stepChooser?: return .stepChooser
        case .confirmDelete?, .offerDraft?, .confirmUndo?: return .confirm
        case .dashboard?: return .dashboard
        case .drill?: return .drill
        }
    }

    public var region: Region? { regions[regionIndex] }
    public var regionTitle: String { region?.name ?? Message.allRegions.text(language) }

    /// The municipalities of the current region, with former ones that have a dossier.
    public var regionMunicipalities: [Municipality] {
        let data = ReferenceData.shared
        let former = data.former.filter { caseload.dossiers[$0.code] != nil || caseload.unreadable[$0.code] != nil }
        guard let region else { return data.current + former }
        return region.members() + former.filter(region.contains)
    }

    /// Recomputes the rows after the caseload, the region, the filter or the sort changed.
    public mutating func rebuildRows() {
        if report != nil { computeReport() }
        agenda = makeAgenda()
        let today = caseload.today
        allRows = regionMunicipalities.map { m in
            RegionRow(m, dossier: caseload.dossiers[m.code], issue: caseload.unreadable[m.code], today: today)
        }
        applyFilterAndSort()
    }

    /// The text the filter searches, per municipality: made when the filter is first used and kept
    /// until the dossier changes, so a keystroke folds nothing again.
    public private(set) var searchTexts: [MunicipalityCode: SearchText] = [:]

    mutating func searchText(_ m: Municipality) -> SearchText {
        let dossier = caseload.dossiers[m.code]
        if let kept = searchTexts[m.code], kept.stamp == SearchText.stamp(dossier) { return kept }
        let text = SearchText(m, dossier: dossier)
        searchTexts[m.code] = text
        return text
    }

    mutating func applyFilterAndSort() {
        let query = Folding.fold(filter.trimmingSpaces)
        var result = allRows
        if !query.isEmpty {
            result = []
            let words = query.split(separator: " ").map { Array($0.utf8) }
            for row in allRows where searchText(row.municipality).contains(all: words) { result.append(row) }
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
        visibleRows = result
        list.clamp(count: visibleRows.count, height: listHeight)
    }

    /// Rows available for the body between the header and the hint bar.
    public var bodyHeight: Int { max(1, rows - 2) }
    /// The region list's height: the body less its column header (and the filter line when shown).
    public var listHeight: Int { max(1, bodyHeight - 1 - (filterLineShown ? 1 : 0) - (matchLineShown ? 1 : 0)) }
    public var filterLineShown: Bool { isTypingFilter || !filter.isEmpty }
    /// A narrow agenda gives each item two lines (when, where; then what), so what is due reads whole.
    public var agendaLinesPerItem: Int { columns < 60 ? 2 : 1 }
    /// How many agenda items fit under its column header.
    public var agendaHeight: Int { max(1, (bodyHeight - 1) / agendaLinesPerItem) }
    /// Something is typed in the filter (spaces alone filter nothing).
    public var isFiltering: Bool { !filter.trimmingSpaces.isEmpty }
    /// Narrow windows show where the selected row matched on a line of its own (wide ones, in a column).
    public var matchLineShown: Bool { columns < 80 && isFiltering }

    /// The agenda of the current region: open follow-ups and project deadlines, overdue first.
    /// Derived with the rows, when the data or the region changes, not on every key.
    public private(set) var agenda: [AgendaItem] = []

    private func makeAgenda() -> [AgendaItem] {
        var items: [AgendaItem] = []
        for m in regionMunicipalities {
            guard let d = caseload.dossiers[m.code] else { continue }
            for f in d.openFollowUps { items.append(AgendaItem(day: f.due, kind: .followUp, text: f.text, municipality: m, record: f.id)) }
            // A blocking notice from a merge holds the workflow: it is due the day it was raised.
            for n in d.openNotices where n.blocking {
                let raised = CalendarDay(dayNumber: Int(n.at.milliseconds / 86_400_000))
                items.append(AgendaItem(day: min(raised, caseload.today), kind: .notice, text: Message.notice(n, dossier: m.name).text(language), municipality: m))
            }
            for a in d.applications {
                if a.status == .running { items.append(AgendaItem(day: a.plannedEnd, kind: .projectEnd, text: a.title, municipality: m, record: a.id)) }
                if a.status == .approved { items.append(AgendaItem(day: a.plannedStart, kind: .projectStart, text: a.title, municipality: m, record: a.id)) }
            }
        }
        return items.sorted { ($0.day, $0.municipality.name, $0.text) < ($1.day, $1.municipality.name, $1.text) }
    }

    /// The smallest window anything is drawn in.
    public static let minimumColumns = 40
    public static let minimumRows = 12
    public var isTooSmall: Bool { columns < AppState.minimumColumns || rows < AppState.minimumRows }
}
