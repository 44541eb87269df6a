/// The whole behaviour of the UI: an event in, the new state and the effects to perform out.
public enum Update {
    public static func apply(_ event: Event, to state: inout AppState) -> [Effect] {
        switch event {
        case .key(.resize(let columns, let rows)):
            state.columns = columns
            state.rows = rows
            keepSelectionVisible(&state)
            return []
        case .key(let key):
            guard let action = KeyMap.action(for: key) else { return [] }
            return perform(action, on: &state)
        }
    }

    static func perform(_ action: Action, on state: inout AppState) -> [Effect] {
        let count = state.municipalities.count
        switch action {
        case .quit: return [.quit]
        case .moveUp: state.selection -= 1
        case .moveDown: state.selection += 1
        case .pageUp: state.selection -= state.listHeight
        case .pageDown: state.selection += state.listHeight
        case .top: state.selection = 0
        case .bottom: state.selection = count - 1
        }
        state.selection = max(0, min(state.selection, count - 1))
        keepSelectionVisible(&state)
        return []
    }

    static func keepSelectionVisible(_ state: inout AppState) {
        let height = state.listHeight
        if state.selection < state.scroll { state.scroll = state.selection }
        if state.selection >= state.scroll + height { state.scroll = state.selection - height + 1 }
        state.scroll = max(0, min(state.scroll, max(0, state.municipalities.count - height)))
    }
}
