import ImpulsCore
import ImpulsText

/// The views of the interface.
public enum View: Hashable, Sendable, CaseIterable {
    case region, dossier, agenda, help, form, stepChooser, confirm, dashboard, drill
}

/// One key binding: the keys, the action, and how help and the hint bar describe it.
public struct Binding: Sendable {
    public let keys: [Key]
    /// How the keys are written in help and the hint bar, e.g. `j/k`.
    public let label: String
    public let action: Action
    public let hint: Message
    /// Its place in the one-line hint bar, lowest first (nil: in help only). The bar shows as
    /// many as fit, in this order, and `?` always.
    public let barPriority: Int?
    /// The hint bar's shorter word for it (help gives `hint`).
    public let barHint: Message
    /// In the dossier view: the sections whose hint bar shows it (nil: every section).
    public let barSections: Set<DossierSection>?
    /// In the dossier view: on the hint bar only while the dossier has open notices.
    public let barOnlyWithNotices: Bool
    public let views: Set<View>

    init(_ keys: [Key], _ label: String, _ action: Action, _ hint: Message, bar: Int? = nil, barHint: Message? = nil,
         sections: Set<DossierSection>? = nil, withNotices: Bool = false, in views: Set<View> = Set(View.allCases)) {
        self.keys = keys
        self.label = label
        self.action = action
        self.hint = hint
        self.barPriority = bar
        self.barHint = barHint ?? hint
        self.barSections = sections
        self.barOnlyWithNotices = withNotices
        self.views = views
    }

    /// Shown in the hint bar of some view.
    public var inHintBar: Bool { barPriority != nil }
}

/// The key map: the single source of truth for what keys do; help and the hint bar are made from it.
public enum KeyMap {
    static let lists: Set<View> = [.region, .dossier, .agenda, .stepChooser, .help, .dashboard, .drill]
    /// The views that read the key map (a form reads editing keys first).
    static let browsing: Set<View> = [.region, .dossier, .agenda, .help, .stepChooser, .dashboard, .drill]
    static let all = Set(DossierSection.allCases)

    private static func bar(_ text: InterfaceText) -> Message { .ui(text) }

    public static let bindings: [Binding] = [
        Binding([.down, .character("j"), .wheelDown], "↓ j", .moveDown, .hintDown, bar: 1, in: [.help]),
        Binding([.down, .character("j"), .wheelDown], "↓ j", .moveDown, .hintDown, in: lists.subtracting([.help, .dossier])),
        Binding([.up, .character("k"), .wheelUp], "↑ k", .moveUp, .hintUp, in: lists.subtracting([.dossier])),
        // In a dossier the arrows choose what `s`, `e` and `r` act on (`DossierFeature`).
        Binding([.down, .character("j"), .wheelDown], "↓ j", .moveDown, .ui(.hintDownInDossier), in: [.dossier]),
        Binding([.up, .character("k"), .wheelUp], "↑ k", .moveUp, .ui(.hintUpInDossier), in: [.dossier]),
        Binding([.pageDown, .character(" ")], "PgDn", .pageDown, .hintPageDown, bar: 2, in: [.help]),
        Binding([.pageDown, .character(" ")], "PgDn", .pageDown, .hintPageDown, in: lists.subtracting([.help])),
        Binding([.pageUp], "PgUp", .pageUp, .hintPageUp, in: lists),
        Binding([.home], "Home", .top, .hintTop, in: lists),
        Binding([.end, .character("G")], "End", .bottom, .hintBottom, in: lists),
        Binding([.enter], "Enter", .open, .hintOpen, bar: 1, barHint: bar(.barOpen), in: [.region, .agenda, .drill]),
        Binding([.enter], "Enter", .open, .ui(.hintChooseStep), bar: 1, barHint: bar(.barChooseStep), in: [.stepChooser]),
        Binding([.enter], "Enter", .open, .hintOpen, bar: 1, barHint: bar(.barList), in: [.dashboard]),
        Binding([.enter], "Enter", .open, .ui(.hintExpand), bar: 2, barHint: bar(.barExpand), sections: [.sessions], in: [.dossier]),
        Binding([.left, .character("h")], "← h", .previousFigure, .hintPreviousFigure, in: [.dashboard]),
        Binding([.right, .character("l")], "→ l", .nextFigure, .hintNextFigure, bar: 2, barHint: bar(.barFigure), in: [.dashboard]),
        Binding([.tab], "Tab", .nextSection, .ui(.hintNextGroup), bar: 3, barHint: bar(.barGroup), in: [.dashboard]),
        Binding([.backTab], "S-Tab", .previousSection, .ui(.hintPreviousGroup), in: [.dashboard]),
        Binding([.character("D")], "D", .dashboard, .hintDashboard, bar: 6, barHint: bar(.barDashboard), in: [.region]),
        Binding([.character("D")], "D", .dashboard, .hintDashboard, in: [.dossier, .agenda]),
        Binding([.tab], "Tab", .nextSection, .hintNextSection, bar: 1, barHint: bar(.barSection), in: [.dossier]),
        Binding([.backTab], "S-Tab", .previousSection, .hintPreviousSection, in: [.dossier]),
        Binding([.character("n")], "n", .newSession, .hintNewSession, bar: 3, barHint: bar(.barSession), sections: [.overview, .sessions], in: [.dossier]),
        Binding([.character("a")], "a", .newApplication, .hintNewApplication, bar: 5, barHint: bar(.barApplication), sections: [.overview, .application], in: [.dossier]),
        Binding([.character("s")], "s", .step, .hintStep, bar: 4, barHint: bar(.barStep), sections: [.overview, .application], in: [.dossier]),
        Binding([.character("x")], "x", .toggleFollowUp, .hintToggleFollowUp, bar: 3, barHint: bar(.barTick), sections: [.followUps], in: [.dossier]),
        Binding([.character("r")], "r", .resolveNotice, .ui(.hintResolveNotice), bar: 2, barHint: bar(.barResolve), sections: [.overview],
                withNotices: true, in: [.dossier]),
        Binding([.character("x")], "x", .toggleFollowUp, .ui(.hintTickFromAgenda), bar: 2, barHint: bar(.barTick), in: [.agenda]),
        Binding([.character("c")], "c", .newContact, .hintNewContact, bar: 3, barHint: bar(.barContact), sections: [.contacts], in: [.dossier]),
        Binding([.character("e")], "e", .edit, .hintEdit, bar: 6, barHint: bar(.barEdit), sections: [.sessions, .application, .contacts, .followUps], in: [.dossier]),
        Binding([.character("d")], "d", .delete, .hintDelete, bar: 7, barHint: bar(.barDelete), sections: [.sessions, .contacts, .followUps], in: [.dossier]),
        Binding([.character("u")], "u", .undo, .hintUndo, bar: 8, barHint: bar(.barUndo), in: [.dossier]),
        Binding([.character("U")], "U", .redo, .hintRedo, in: [.dossier]),
        Binding([.character("u")], "u", .undo, .ui(.hintUndoTick), in: [.agenda]),
        Binding([.character("/")], "/", .filter, .hintFilter, bar: 2, barHint: bar(.barFilter), in: [.region]),
        Binding([.character("o")], "o", .cycleSort, .hintSort, bar: 3, barHint: bar(.barSort), in: [.region]),
        Binding([.character("r")], "r", .switchRegion, .hintRegion, bar: 4, barHint: bar(.barRegion), in: [.region, .agenda]),
        Binding([.character("g")], "g", .agenda, .hintAgenda, bar: 5, in: [.region]),
        Binding([.character("g")], "g", .agenda, .hintAgenda, in: [.dossier]),
        Binding([.character("S")], "S", .sync, .hintSync, in: [.region, .dossier, .agenda, .dashboard, .drill]),
        Binding([.character("X")], "X", .cancelSync, .hintCancelSync, in: [.region, .dossier, .agenda, .dashboard, .drill, .help]),
        Binding([.escape, .character("q"), .backspace], "Esc q", .back, .hintBack, bar: 9, barHint: bar(.barBack),
                in: [.dossier, .agenda, .help, .stepChooser, .dashboard, .drill]),
        Binding([.escape], "Esc", .back, .hintClearFilter, in: [.region]),
        Binding([.character("?"), .function(1)], "?", .help, .hintHelp, bar: 0, in: browsing),
        Binding([.character("q")], "q", .quit, .hintQuit, bar: 7, barHint: bar(.barQuit), in: [.region]),
        Binding([.control("c")], "Ctrl-C", .quit, .hintQuit, in: browsing),
        // Handled in every view (a form included) before the key map; listed once, with the start view.
        Binding([.control("z")], "Ctrl-Z", .suspend, .terminal(.hintSuspend), in: [.region]),
        // A form: keys that act on the form as a whole (the editing keys are `edits`).
        Binding([.tab], "Tab", .nextField, .hintNextField, bar: 1, barHint: bar(.barNextField), in: [.form]),
        Binding([.backTab], "S-Tab", .previousField, .hintPreviousField, in: [.form]),
        Binding([.enter], "Enter", .nextField, .ui(.hintEnterInForm), in: [.form]),
        Binding([.control("s")], "Ctrl-S", .save, .ui(.hintSaveForm), bar: 2, barHint: bar(.barSave), in: [.form]),
        Binding([.escape], "Esc", .back, .ui(.hintCancelForm), bar: 3, barHint: bar(.barCancel), in: [.form]),
        Binding([.function(1)], "F1", .help, .hintHelp, bar: 0, in: [.form]),
    ]

    /// The action `key` has in `view`.
    public static func action(for key: Key, in view: View) -> Action? {
        bindings.first { $0.views.contains(view) && $0.keys.contains(key) }?.action
    }

    /// The hint bar of `view` (in the dossier, of its `section`, and whether it has `openNotices`), most
    /// used first; `?` or F1 first of all.
    public static func hintBar(for view: View, section: DossierSection? = nil, openNotices: Bool = false) -> [Binding] {
        bindings.filter { b in
            guard b.inHintBar, b.views.contains(view), openNotices || !b.barOnlyWithNotices else { return false }
            guard let section, let sections = b.barSections else { return true }
            return sections.contains(section)
        }.sorted { $0.barPriority! < $1.barPriority! }
    }
}
