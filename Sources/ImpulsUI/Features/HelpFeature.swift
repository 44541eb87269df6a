import ImpulsCore

/// Help: one column that scrolls. The list feature moves its first line (as a list of the
/// positions it can scroll to); `?`, Esc and `q` close it.
public enum HelpFeature {
    public struct State: Sendable, Equatable {
        /// The first line shown.
        public var top = ListPosition()
        /// Help's lines at the window's width, as the layout counts them (`AppState.measure`).
        var lineCount = 0

        public init() {}

        /// The first line shown, no further than shows the last line at the bottom.
        func firstLine(_ viewport: Viewport) -> Int { firstLine(at: top.selection, viewport) }

        /// `line` as the first line shown, no further than shows the last line at the bottom.
        func firstLine(at line: Int, _ viewport: Viewport) -> Int { max(0, min(line, lineCount - viewport.bodyHeight)) }
    }

    static func reduce(_ state: inout State, _ action: Action, _ context: inout Context) -> [Command] {
        switch action {
        case .back, .help: return [.close]
        case .open: return []
        default:
            let page = context.viewport.bodyHeight
            state.top.selection = state.firstLine(context.viewport)   // from where it is on screen
            return ListFeature.commands(ListFeature.reduce(&state.top, action, count: max(1, state.lineCount - page + 1), page: page))
        }
    }
}
