import ImpulsCore
import ImpulsText

extension AppState {
    /// The layout pass: how many lines the view on top has where that depends on how it is laid
    /// out (a dossier section's wrapped lines and where its entries are, help's lines at this
    /// width), written into its feature's state before a key is handled. The one place the update meets the views' layout;
    /// the features read the numbers from their state.
    mutating func measure() {
        switch stack.last {
        case .dossier(var dossier)?:
            let items = DossierLayout.items(dossier.section, code: dossier.code, state: self)
            dossier.fit(lines: items.count, entries: DossierLayout.entries(items), viewport)
            stack[stack.count - 1] = .dossier(dossier)
        case .help(var help)?:
            help.lineCount = HelpView.lines(language, width: columns).count
            stack[stack.count - 1] = .help(help)
        default: break
        }
    }

    /// Help as it opens over the view on top: at the section of that view's keys (the step
    /// dialog's at the step's, a form's at the form's), the rest a scroll away.
    func helpOpening() -> HelpFeature.State {
        let section: HelpSection = switch stack.last {
        case nil: .region
        case .agenda?: .agenda
        case .dashboard?, .drill?: .dashboard
        case .stepChooser?: .step
        case .form(let form)?: form.isStep ? .step : .form
        default: .dossier
        }
        var help = HelpFeature.State()
        help.lineCount = HelpView.lines(language, width: columns).count
        help.top.selection = help.firstLine(at: HelpView.start(of: section, language, width: columns), viewport)
        return help
    }
}
