import ImpulsCore

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
    /// Shown in the one-line hint bar (all bindings are in help).
    public let inHintBar: Bool
    public let views: Set<View>

    init(_ keys: [Key], _ label: String, _ action: Action, _ hint: Message, bar: Bool = false, in views: Set<View> = Set(View.allCases)) {
        self.keys = keys
        self.label = label
        self.action = action
        self.hint = hint
        self.inHintBar = bar
        self.views = views
    }
}

/// The key map: the single source of truth for what keys do; help and the hint bar are made from it.
public enum KeyMap {
    static let lists: Set<View> = [.region, .dossier, .agenda, .stepChooser, .help, .dashboard, .drill]
    /// The views that read the key map (a form reads editing keys first).
    static let browsing: Set<View> = [.region, .dossier, .agenda, .help, .stepChooser, .dashboard, .drill]

    public static let bindings: [Binding] = [
        Binding([.down, .character("j"), .wheelDown], "↓ j", .moveDown, .hintDown, in: lists),
        Binding([.up, .character("k"), .wheelUp], "↑ k", .moveUp, .hintUp, in: lists),
        Binding([.pageDown, .character(" ")], "PgDn", .pageDown, .hintPageDown, in: lists),
        Binding([.pageUp], "PgUp", .pageUp, .hintPageUp, in: lists),
        Binding([.home], "Home", .top, .hintTop, in: lists),
        Binding([.end, .character("G")], "End", .bottom, .hintBottom, in: lists),
        Binding([.enter], "Enter", .open, .hintOpen, bar: true, in: [.region, .agenda, .dossier, .stepChooser, .dashboard, .drill]),
        Binding([.left, .character("h")], "← h", .previousFigure, .hintPreviousFigure, in: [.dashboard]),
        Binding([.right, .character("l")], "→ l", .nextFigure, .hintNextFigure, bar: true, in: [.dashboard]),
        Binding([.character("D")], "D", .dashboard, .hintDashboard, in: [.region, .dossier, .agenda]),
        Binding([.character("n")], "n", .newSession, .hintNewSession, bar: true, in: [.dossier]),
        Binding([.character("a")], "a", .newApplication, .hintNewApplication, in: [.dossier]),
        Binding([.character("s")], "s", .step, .hintStep, bar: true, in: [.dossier]),
        Binding([.character("e")], "e", .edit, .hintEdit, in: [.dossier]),
        Binding([.character("c")], "c", .newContact, .hintNewContact, in: [.dossier]),
        Binding([.character("d")], "d", .delete, .hintDelete, in: [.dossier]),
        Binding([.character("x")], "x", .toggleFollowUp, .hintToggleFollowUp, in: [.dossier]),
        Binding([.character("u")], "u", .undo, .hintUndo, bar: true, in: [.dossier]),
        Binding([.character("U")], "U", .redo, .hintRedo, in: [.dossier]),
        Binding([.tab], "Tab", .nextField, .hintNextField, bar: true, in: [.form]),
        Binding([.backTab], "S-Tab", .previousField, .hintPreviousField, in: [.form]),
        Binding([.control("s")], "Ctrl-S", .save, .hintSave, bar: true, in: [.form]),
        Binding([.character("/")], "/", .filter, .hintFilter, bar: true, in: [.region]),
        Binding([.character("o")], "o", .cycleSort, .hintSort, bar: true, in: [.region]),
        Binding([.character("r")], "r", .switchRegion, .hintRegion, bar: true, in: [.region, .agenda]),
        Binding([.character("g")], "g", .agenda, .hintAgenda, bar: true, in: [.region, .dossier]),
        Binding([.character("S")], "S", .sync, .hintSync, in: [.region, .dossier, .agenda]),
        Binding([.tab], "Tab", .nextSection, .hintNextSection, bar: true, in: [.dossier]),
        Binding([.backTab], "S-Tab", .previousSection, .hintPreviousSection, in: [.dossier]),
        Binding([.escape, .character("q"), .backspace], "Esc q", .back, .hintBack, bar: true, in: [.dossier, .agenda, .help, .stepChooser, .dashboard, .drill]),
        Binding([.escape], "Esc", .back, .hintCancel, bar: true, in: [.form]),
        Binding([.escape], "Esc", .back, .hintClearFilter, in: [.region]),
        Binding([.character("?")], "?", .help, .hintHelp, bar: true, in: browsing),
        Binding([.character("q")], "q", .quit, .hintQuit, bar: true, in: [.region]),
        Binding([.control("c")], "Ctrl-C", .quit, .hintQuit, in: browsing),
        // Handled in every view (a form included) before the key map; listed once, with the start view.
        Binding([.control("z")], "Ctrl-Z", .suspend, .terminal(.hintSuspend), in: [.region]),
    ]

    /// The action `key` has in `view`.
    public static func action(for key: Key, in view: View) -> Action? {
        bindings.first { $0.views.contains(view) && $0.keys.contains(key) }?.action
    }

    public static func hintBar(for view: View) -> [Binding] {
        bindings.filter { $0.inHintBar && $0.views.contains(view) }
    }
}
