import ImpulsCore
import ImpulsText

/// The sections of the dossier view; Tab and Shift-Tab move between them.
public enum DossierSection: CaseIterable, Sendable {
    case overview, sessions, application, contacts, followUps
}

/// Everything the screen shows, as a plain value: the app's shared state (the window, the data,
/// the region, the message line) and each feature's own state — the region view in `home`, the
/// views opened over it on `stack`. `Update` changes it; `Render` draws it.
public struct AppState: Sendable, Equatable {
    /// The window's size, set by the run loop's resize events.
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
    /// The region view: its filter, sort, selection and the rows it shows.
    public var home = RegionFeature.State()
    /// Views opened on top of the region view, the current one last.
    public var stack: [Screen] = []
    public var message: String?
    /// The sync running beside the work, if one is (`S`).
    public var sync: SyncActivity?
    /// Changes made in this run: `u` takes these back at once, older ones after a question.
    public var changesThisRun: Set<String> = []
    /// What to say once the save in flight is done (instead of "Saved").
    public var messageAfterSave: String?
    /// The change in the save in flight, to say what was saved once it is done.
    public var lastSaved: Dossier.Change?
    /// Draw bars with `#` instead of block characters (a terminal without UTF-8).
    public var asciiOnly = false
    /// Ids for new records; seeded by the run loop, so update stays a function of its inputs.
    public var ids = SeededGenerator(seed: 1)
    /// What the views show of the caseload: rows, agenda, report (see `refresh`).
    public private(set) var derived = Derived()

    /// A view opened on top of the region view, with its feature's state.
    public enum Screen: Sendable, Equatable {
        case dossier(DossierFeature.State)
        case agenda(ListPosition)
        case help(HelpFeature.State)
        case form(Form)
        case stepChooser(StepFeature.Chooser)
        /// "Delete this?", over the dossier.
        case confirmDelete(MunicipalityCode, kind: Dossier.RecordKind, id: String)
        /// "Undo (or redo) this change of an earlier day?", over the dossier.
        case confirmUndo(MunicipalityCode, change: String, redo: Bool, question: String)
        /// "Mark this notice done?", over the dossier.
        case confirmResolve(MunicipalityCode, notice: String, question: String)
        /// "Continue the form you were typing in?" on start, after a crash.
        case offerDraft(FormDraft)
        /// The team lead's table of regions; a row and a figure select a cell.
        case dashboard(DashboardFeature.State)
        /// The municipalities behind one figure of the dashboard.
        case drill(DrillFeature.State)
    }

    public init(columns: Int, rows: Int, language: Language, caseload: Caseload, regions: [Region?], readOnly: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.language = language
        self.caseload = caseload
        self.regions = regions.isEmpty ? [nil] : regions
        self.readOnly = readOnly
        refresh()
    }

    public var viewport: Viewport { Viewport(columns: columns, rows: rows) }

    public var view: View {
        switch stack.last {
        case nil: return .region
        case .dossier?: return .dossier
        case .agenda?: return .agenda
        case .help?: return .help
        case .form?: return .form
        case .stepChooser?: return .stepChooser
        case .confirmDelete?, .offerDraft?, .confirmUndo?, .confirmResolve?: return .confirm
        case .dashboard?: return .dashboard
        case .drill?: return .drill
        }
    }

    public var region: Region? { regions[regionIndex] }

    /// The dossier an open form edits (the form on top, or under help), if any.
    public var formDossier: MunicipalityCode? {
        for screen in stack.reversed() { if case .form(let form) = screen { return form.purpose.code } }
        return nil
    }
    public var regionTitle: String { region?.name ?? Message.allRegions.text(language) }

    /// The municipalities of the current region, with former ones that have a dossier.
    public var regionMunicipalities: [Municipality] {
        regionMunicipalities { caseload.dossiers[$0] != nil || caseload.unreadable[$0] != nil }
    }

    private func regionMunicipalities(hasFile: (MunicipalityCode) -> Bool) -> [Municipality] {
        let data = ReferenceData.shared
        let former = data.former.filter { hasFile($0.code) }
        guard let region else { return data.current + former }
        return region.members() + former.filter(region.contains)
    }

    /// The one place what is derived from the caseload is made again: after the caseload or the
    /// region changed (and when a dashboard opens or closes), never per key. The region view then
    /// filters and sorts the new rows.
    public mutating func refresh() {
        derived = Derived(rows: regionMunicipalities.map { m in
            RegionRow(m, figures: caseload.dossiers[m.code].map { DossierFigures.Row($0, today: caseload.today) },
                      issue: caseload.unreadable[m.code], copies: caseload.doubled[m.code]?.copies.count)
        }, agenda: Derived.agenda(of: regionMunicipalities, caseload, language), report: dashboardOpen ? makeReport() : nil)
        home.show(derived.rows, caseload: caseload, viewport: viewport)
    }

    /// Before the dossiers are read whole: the region view's rows from each dossier's row figures
    /// (`DataFolder.loadRows`), which are exactly what the dossiers' rows show — so the first
    /// screen can be drawn from them. Nothing else is derived; `refresh` makes all of it again.
    public mutating func showRows(from figures: [MunicipalityCode: DossierFigures.Row]) {
        let rows = regionMunicipalities { figures[$0] != nil || caseload.unreadable[$0] != nil }.map { m in
            RegionRow(m, figures: figures[m.code], issue: caseload.unreadable[m.code])
        }
        derived = Derived(rows: rows)
        home.show(rows, caseload: caseload, viewport: viewport)
    }

    /// Makes or drops the status report as a dashboard opens or the last one closes.
    mutating func keepReportWithDashboard() {
        if dashboardOpen, derived.report == nil { derived.report = makeReport() }
        if !dashboardOpen { derived.report = nil }
    }

    private var dashboardOpen: Bool { stack.contains { if case .dashboard = $0 { true } else { false } } }

    private func makeReport() -> StatusReport {
        StatusReport.make(dossiers: caseload.everyCopy, regions: regions.compactMap { $0 }, wholeCountry: regions.contains(nil),
                          rules: caseload.rules, today: caseload.today)
    }

    /// The status report of the regions `r` cycles through, with their total last (all of the
    /// Netherlands when it is among them),
    /// while a dashboard is open.
    public var report: StatusReport? { derived.report }
    /// The agenda of the current region: open follow-ups and project deadlines, overdue first.
    public var agenda: [AgendaItem] { derived.agenda }

    /// What every feature reads.
    var context: Context {
        Context(caseload: caseload, language: language, readOnly: readOnly, team: team, viewport: viewport,
                changesThisRun: changesThisRun, derived: derived, ids: ids)
    }

    /// The region list's height: the body less its column header (and the filter lines when shown).
    public var listHeight: Int { home.pageSize(viewport) }

    /// The smallest window anything is drawn in.
    public static let minimumColumns = 40
    public static let minimumRows = 12
    public var isTooSmall: Bool { columns < AppState.minimumColumns || rows < AppState.minimumRows }
}
