import ImpulsCore
import ImpulsText

/// The whole behaviour of the interface: an event in, the new state and the effects out.
public enum Update {
    public static func apply(_ event: Event, to state: inout AppState) -> [Effect] {
        guard case .key(let key) = event else { return saveResult(event, &state) }
        state.message = nil
        if case .resize(let columns, let rows) = key {
            state.columns = columns
            state.rows = rows
            state.list.clamp(count: state.visibleRows.count, height: state.listHeight)
            return []
        }
        if key == .control("c") { return [.quit] }
        if key == .control("z") { return [.suspend] }  // in every view, a form included
        // The terminal cannot tell Alt-x from Esc and x typed quickly: outside a form's word jumps,
        // take it as the two keys.
        if case .alt(let c) = key, !(state.view == .form && (c == "b" || c == "f")) {
            let first = apply(.key(.escape), to: &state)
            if first.contains(.quit) { return first }
            return first + apply(.key(.character(c)), to: &state)
        }
        if state.isTypingFilter { return typeFilter(key, &state) }
        if state.view == .form { return form(key, &state) }
        if state.view == .confirm { return confirm(key, &state) }
        if case .mouseClick(_, let y) = key { return click(row: y, &state) }
        guard let action = KeyMap.action(for: key, in: state.view) else { return [] }
        if action == .sync { return sync(&state) }
        switch state.view {
        case .region: return region(action, &state)
        case .dossier: return dossier(action, &state)
        case .agenda: return agenda(action, &state)
        case .help: return help(action, &state)
        case .stepChooser: return stepChooser(action, &state)
        case .form, .confirm: return []
        case .dashboard: return dashboard(action, &state)
        case .drill: return drill(action, &state)
        }
    }

    // MARK: region view

    static func region(_ action: Action, _ state: inout AppState) -> [Effect] {
        let count = state.visibleRows.count
        switch action {
        case .quit: return [.quit]
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            state.list.move(delta(action, height: state.listHeight, count: count, at: state.list.selection), count: count, height: state.listHeight)
        case .open:
            guard state.list.selection < count else { return [] }
            openMatch(state.visibleRows[state.list.selection].municipality, &state)
        case .filter:
            state.isTypingFilter = true
            state.applyFilterAndSort()
        case .cycleSort:
            let all = SortOrder.allCases
            state.sort = all[(all.firstIndex(of: state.sort)! + 1) % all.count]
            state.applyFilterAndSort()
            state.list = ListPosition()
            state.message = Message.sortedBy(state.sort.key).text(state.language)
        case .switchRegion: switchRegion(&state)
        case .agenda: state.stack.append(.agenda(ListPosition()))
        case .dashboard: state.computeReport(); state.stack.append(.dashboard(row: 0, figure: 0))
        case .help: state.stack.append(.help(scroll: 0))
        case .back: if !state.filter.isEmpty { clearFilter(&state) }
        default: break
        }
        return []
    }

    /// Asks the run loop to share the folder; says so first (the screen is drawn before git runs).
    static func sync(_ state: inout AppState) -> [Effect] {
        guard !state.readOnly else {
            state.message = Message.readOnlyMarker.text(state.language)
            return []
        }
        state.message = Message.syncing.text(state.language)
        return [.sync]
    }

    static func switchRegion(_ state: inout AppState) {
        guard state.regions.count > 1 else {
            state.message = Message.onlyOneRegion.text(state.language)
            return
        }
        state.regionIndex = (state.regionIndex + 1) % state.regions.count
        state.list = ListPosition()
        state.rebuildRows()
        state.message = state.regionTitle
    }

    static func typeFilter(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .enter:
            state.isTypingFilter = false
            state.applyFilterAndSort()
        case .escape: clearFilter(&state)
        case .backspace:
            if state.filter.isEmpty { state.isTypingFilter = false } else { state.filter.removeLast() }
            state.list = ListPosition()
            state.applyFilterAndSort()
        case .control("u"):
            state.filter = ""
            state.applyFilterAndSort()
        case .control("c"): return [.quit]
        case .character(let c):
            state.filter.append(c)
            state.list = ListPosition()
            state.applyFilterAndSort()
        case .down, .up, .pageDown, .pageUp:
            let action: Action = key == .down ? .moveDown : key == .up ? .moveUp : key == .pageDown ? .pageDown : .pageUp
            state.list.move(delta(action, height: state.listHeight, count: state.visibleRows.count, at: state.list.selection),
                            count: state.visibleRows.count, height: state.listHeight)
        default: break
        }
        return []
    }

    static func clearFilter(_ state: inout AppState) {
        state.filter = ""
        state.isTypingFilter = false
        state.applyFilterAndSort()
    }

    static func openDossier(_ code: MunicipalityCode, _ state: inout AppState) {
        state.stack.append(.dossier(code, section: .overview, position: ListPosition(), expanded: false))
    }

    // MARK: dossier view

    static func dossier(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .dossier(let code, var section, var position, var expanded)? = state.stack.last else { return [] }
        let count = DossierLayout.itemCount(section, state: state)
        let height = DossierLayout.listHeight(state)
        switch action {
        case .quit: return [.quit]
        case .back:
            state.stack.removeLast()
            return []
        case .help: state.stack.append(.help(scroll: 0)); return []
        case .agenda: state.stack.append(.agenda(ListPosition())); return []
        case .dashboard: state.computeReport(); state.stack.append(.dashboard(row: 0, figure: 0)); return []
        case .nextSection, .previousSection:
            let all = DossierSection.allCases
            let step = action == .nextSection ? 1 : all.count - 1
            section = all[(all.firstIndex(of: section)! + step) % all.count]
            position = ListPosition()
            expanded = false
        case .open:
            if section == .sessions { expanded.toggle() }
        case .newSession, .newApplication, .newContact, .edit, .delete, .step, .toggleFollowUp, .undo, .redo:
            return startEdit(action, code: code, section: section, position: position, &state)
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            position.move(delta(action, height: height, count: count, at: position.selection), count: count, height: height)
            if section == .sessions { expanded = false }
        default: return []
        }
        state.stack[state.stack.count - 1] = .dossier(code, section: section, position: position, expanded: expanded)
        return []
    }

    // MARK: agenda

    static func agenda(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .agenda(var position)? = state.stack.last else { return [] }
        let items = state.agenda
        let height = state.agendaHeight
        switch action {
        case .quit: return [.quit]
        case .back: state.stack.removeLast(); return []
        case .help: state.stack.append(.help(scroll: 0)); return []
        case .switchRegion:
            switchRegion(&state)
            position = ListPosition()
        case .dashboard: state.computeReport(); state.stack.append(.dashboard(row: 0, figure: 0)); return []
        case .open:
            guard position.selection < items.count else { return [] }
            openAgendaItem(items[position.selection], &state)
            return []
        case .toggleFollowUp: return tickOff(position, &state)
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            position.move(delta(action, height: height, count: items.count, at: position.selection), count: items.count, height: height)
        default: return []
        }
        state.stack[state.stack.count - 1] = .agenda(position)
        return []
    }

    // MARK: help

    static func help(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .help(let stored)? = state.stack.last else { return [] }
        let scroll = HelpView.clampedScroll(stored, state: state)
        let count = HelpView.lines(state.language, width: state.columns).count
        switch action {
        case .quit: return [.quit]
        case .back, .help: state.stack.removeLast()
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            let next = scroll + delta(action, height: state.bodyHeight, count: count, at: scroll)
            state.stack[state.stack.count - 1] = .help(scroll: HelpView.clampedScroll(max(0, min(next, count - 1)), state: state))
        default: break
        }
        return []
    }

    // MARK: shared

    static func delta(_ action: Action, height: Int, count: Int, at selection: Int) -> Int {
        switch action {
        case .moveUp: return -1
        case .moveDown: return 1
        case .pageUp: return -height
        case .pageDown: return height
        case .top: return -selection
        case .bottom: return count - 1 - selection
        default: return 0
        }
    }

    static func click(row y: Int, _ state: inout AppState) -> [Effect] {
        switch state.view {
        case .region:
            let firstRow = 2 + (state.filterLineShown ? 1 : 0) + (state.matchLineShown ? 1 : 0)
            let index = state.list.scroll + y - firstRow
            guard y >= firstRow, index < state.visibleRows.count else { return [] }
            if index == state.list.selection { return region(.open, &state) }
            state.list.selection = index
        case .agenda:
            guard case .agenda(var position)? = state.stack.last else { return [] }
            let index = position.scroll + (y - 2) / state.agendaLinesPerItem
            guard y >= 2, index < state.agenda.count else { return [] }
            if index == position.selection { return agenda(.open, &state) }
            position.selection = index
            state.stack[state.stack.count - 1] = .agenda(position)
        default: break
        }
        return []
    }
}
