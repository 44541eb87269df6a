import ImpulsCore
import ImpulsText

/// Draws the state into a cell grid of the state's size. Pure: the same state gives the same grid.
public enum Render {
    public static func screen(_ state: AppState) -> CellGrid {
        var grid = CellGrid(width: state.columns, height: state.rows)
        if state.isTooSmall {
            drawTooSmall(state, into: &grid)
            return grid
        }
        var shown = state
        if case .confirmDelete? = state.stack.last { shown.stack.removeLast() }  // the dossier, under the question
        if case .confirmUndo? = state.stack.last { shown.stack.removeLast() }
        if case .confirmResolve? = state.stack.last { shown.stack.removeLast() }
        if case .offerDraft? = state.stack.last { shown.stack.removeLast() }
        drawHeader(shown, into: &grid)  // names the view on screen, not the question over it
        switch shown.stack.last {
        case nil: RegionView.draw(state, into: &grid)
        case .dossier(let dossier)?: DossierView.draw(state, dossier: dossier, into: &grid)
        case .agenda(let position)?: AgendaView.draw(state, position: position, into: &grid)
        case .help(let help)?: HelpView.draw(state, help: help, into: &grid)
        case .form(let form)?: FormView.draw(state, form: form, into: &grid)
        case .stepChooser(let chooser)?:
            StepChooserView.draw(state, chooser: chooser, into: &grid)
        case .confirmDelete?, .offerDraft?, .confirmUndo?, .confirmResolve?: break
        case .dashboard(let dashboard)?: DashboardView.draw(state, row: dashboard.row, figure: dashboard.figure, into: &grid)
        case .drill(let drill)?: DrillView.draw(state, drill: drill, into: &grid)
        }
        drawHintBar(state, into: &grid)
        return grid
    }

    static func viewName(_ state: AppState) -> String {
        switch state.view {
        case .region: return state.regionTitle
        case .dossier: return Message.viewDossier.text(state.language)
        case .agenda: return Message.viewAgenda.text(state.language) + " · " + state.regionTitle
        case .help: return Message.viewHelp.text(state.language)
        case .form, .stepChooser, .confirm: return Message.viewDossier.text(state.language)
        case .dashboard, .drill: return Message.viewDashboard.text(state.language)
        }
    }

    static func drawHeader(_ state: AppState, into grid: inout CellGrid) {
        let header = Style(bold: true, reverse: true)
        grid.fill(y: 0, style: header)
        var parts: [String] = []
        if state.view == .region {
            let rows = state.home.rows
            let applications = rows.filter { $0.status != nil }.count
            let granted = rows.compactMap { row -> Cents? in row.status?.isGranted == true ? row.amount : nil }.reduce(Cents.zero, +)
            let totals = Message.regionTotals(municipalities: rows.count, applications: applications, granted: granted.formattedExact(state.language))
            parts = state.columns < 70 ? [Message.municipalitiesCount(rows.count).text(state.language)]
                : totals.text(state.language).split(separator: " · ").map(String.init)
            // The figures are the filtered rows': say so.
            if !state.home.filter.isEmpty { parts.insert(Message.filteredMarker.text(state.language), at: 0) }
        }
        if state.readOnly { parts.insert(Message.readOnlyMarker.text(state.language), at: 0) }
        // A sync beside the work says its step where the eye finds it in every view.
        if let sync = state.sync { parts = [Message.syncProgress(sync.step, cancelling: sync.cancelling).text(state.language)] }
        // The rule that keeps the meaning: the view's name stays whole; the figures on the right
        // give way one whole part at a time, from the last (the read-only mark, a sync's step stay).
        let kept = state.readOnly || state.sync != nil ? 1 : 0
        func rightWidth() -> Int { parts.isEmpty ? 0 : DisplayWidth.of(" " + parts.joined(separator: " · ") + " ") }
        while parts.count > kept, DisplayWidth.of(" impuls · " + viewName(state)) + 1 + rightWidth() > state.columns {
            parts.removeLast()
        }
        // Still too narrow for the name whole: the program's own name gives way before the view's.
        let prefix = DisplayWidth.of(" impuls · " + viewName(state)) + 1 + rightWidth() > state.columns ? " " : " impuls · "
        let right = parts.isEmpty ? "" : " " + parts.joined(separator: " · ") + " "
        let x = grid.put(prefix, x: 0, y: 0, style: header)
        let rightWidth = min(DisplayWidth.of(right), max(0, state.columns - x - 8))
        grid.put(viewName(state), x: x, y: 0, style: header, limit: max(0, state.columns - x - rightWidth - 1))
        if rightWidth > 0 { grid.put(DisplayWidth.truncate(right, to: rightWidth), x: state.columns - rightWidth, y: 0, style: header) }
    }

    /// The bottom line: the message or question when there is one — wrapped upwards over the
    /// view when it is longer than a line, never cut —, else this view's most used keys (from the
    /// key map) with `?` for help at the right.
    static func drawHintBar(_ state: AppState, into grid: inout CellGrid) {
        let y = state.rows - 1
        let bar = Style(reverse: true)
        grid.fill(y: y, style: bar)
        if case .form(let form)? = state.stack.last, case .step = form.purpose, state.message == nil, !form.confirmingCancel {
            // The dialog says its keys whole; the bottom line repeats them as far as they fit.
            grid.put(DisplayWidth.truncate(" " + StepDialogView.keys(form, state.language), to: state.columns), x: 0, y: y,
                     style: Style(bold: true, reverse: true))
            return
        }
        if let text = bottomText(state) {
            drawMessage(text, state, into: &grid)
            return
        }
        if state.home.isTypingFilter {
            let whole = Message.filterTypingHint.text(state.language)
            let hint = DisplayWidth.of(whole) <= state.columns - 2 ? whole : Message.ui(.filterTypingKeys).text(state.language)
            grid.put(" " + hint, x: 0, y: y, style: bar)
            return
        }
        var section: DossierSection?
        var openNotices = false
        if case .dossier(let dossier)? = state.stack.last {
            section = dossier.section
            openNotices = state.caseload.dossiers[dossier.code]?.openNotices.isEmpty == false
        }
        // Read-only, the keys that would change something are not offered (help still lists them).
        let bindings = KeyMap.hintBar(for: state.view, section: section, openNotices: openNotices)
            .filter { !state.readOnly || !$0.action.changesData }
        var right = state.columns - 1
        if let help = bindings.first(where: { $0.action == .help }) {
            let text = help.label + " " + help.barHint.text(state.language)
            right = max(0, state.columns - DisplayWidth.of(text) - 1)
            let x = grid.put(help.label, x: right, y: y, style: Style(bold: true, reverse: true))
            grid.put(" " + help.barHint.text(state.language), x: x, y: y, style: bar)
        }
        var x = 1
        for binding in bindings where binding.action != .help {
            let hint = binding.barHint.text(state.language)
            guard x + DisplayWidth.of(binding.label + " " + hint) <= right - 2 else { break }
            x = grid.put(binding.label, x: x, y: y, style: Style(bold: true, reverse: true))
            x = grid.put(" " + hint, x: x, y: y, style: bar) + 2   // the bar is spaces already: nothing drawn over `?`
        }
    }

    /// What the bottom line says instead of keys: a message, the question being asked, or both —
    /// a question is never hidden by a message (what opening the folder found sits over the offer
    /// of a draft), it comes last, next to the keys that answer it.
    static func bottomText(_ state: AppState) -> String? {
        let question = question(state)
        guard let message = state.message else { return question }
        return question.map { message + "\n" + $0 } ?? message
    }

    private static func question(_ state: AppState) -> String? {
        let l = state.language
        switch state.stack.last {
        case .form(let form)? where form.confirmingCancel: return Message.confirmCancel.text(l)
        case .confirmDelete?: return Message.confirmDelete.text(l)
        case .confirmUndo(_, _, _, let question)?: return question
        case .confirmResolve(_, _, let question)?: return question
        case .offerDraft(let draft)?:
            return Message.offerDraft(ReferenceData.shared.municipality(draft.purpose.code)?.name ?? draft.purpose.code.rawValue).text(l)
        default: return nil
        }
    }

    /// A message on the bottom line; a longer one wraps upwards into a message area over the
    /// view, so it is read whole (at most half the window; only then is the last line cut).
    static func drawMessage(_ text: String, _ state: AppState, into grid: inout CellGrid) {
        let style = Style(bold: true, reverse: true)
        let lines = Text.wrap(text, width: max(1, state.columns - 2))
        let shown = Array(lines.prefix(max(1, state.rows / 2)))
        for (offset, line) in shown.enumerated() {
            let y = state.rows - shown.count + offset
            grid.fill(y: y, style: Style(reverse: true))
            let cut = offset == shown.count - 1 && shown.count < lines.count
            grid.put(" " + line + (cut ? " " + lines[shown.count...].joined(separator: " ") : ""), x: 0, y: y, style: style,
                     limit: state.columns)
        }
    }

    static func drawTooSmall(_ state: AppState, into grid: inout CellGrid) {
        let text = Message.windowTooSmall(columns: state.columns, rows: state.rows, minimumColumns: AppState.minimumColumns,
                                          minimumRows: AppState.minimumRows).text(state.language)
        for (y, line) in Text.wrap(text, width: state.columns).enumerated() { grid.put(line, x: 0, y: y, style: Style(bold: true)) }
    }
}

/// Wrapping text by display width.
enum Text {
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if DisplayWidth.of(candidate) > width, !line.isEmpty {
                    lines.append(line)
                    line = String(word)
                } else {
                    line = candidate
                }
                while DisplayWidth.of(line) > width {
                    let head = DisplayWidth.truncate(line, to: width + 1).dropLast()
                    lines.append(String(head))
                    line = String(line.dropFirst(head.count))
                }
            }
            lines.append(line)
        }
        return lines
    }
}
