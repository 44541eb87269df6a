/// A list's selection and scroll position.
public struct ListPosition: Sendable, Equatable {
    public var selection = 0
    public var scroll = 0

    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

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

    /// Keeps the selection inside `count` rows and scrolled into a window of `height` rows.
    mutating func clamp(count: Int, height: Int) {
        selection = max(0, min(selection, count - 1))
        if selection < scroll { scroll = selection }
        if selection >= scroll + height { scroll = selection - height + 1 }
        scroll = max(0, min(scroll, max(0, count - height)))
    }
}

/// Navigation for every list of the interface (the region, a dossier's section, the agenda, a
/// dashboard figure's municipalities, help, the step chooser, the dashboard's regions): moves
/// and pages, Home and End, and what Enter, Esc, `q` and `?` mean in a list. A view handles its
/// own keys first and hands the rest to this feature; what Enter opens is the view's to say.
enum ListFeature {
    /// What a key did to the list.
    enum Outcome: Equatable {
        /// The selection moved (or stayed at an edge).
        case moved
        /// Enter on the row at this index.
        case open(Int)
        /// Something only the app can do: close the view, quit, open help.
        case command(Command)
        /// Not a list key (or Enter on an empty list).
        case ignored
    }

    /// The actions that move the selection.
    static let moves: Set<Action> = [.moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom]

    /// `count` rows, `page` of them on screen.
    static func reduce(_ position: inout ListPosition, _ action: Action, count: Int, page: Int) -> Outcome {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            position.move(delta(action, page: page, count: count, at: position.selection), count: count, height: page)
            return .moved
        case .open: return position.selection < count ? .open(position.selection) : .ignored
        case .back: return .command(.close)
        case .quit: return .command(.quit)
        case .help: return .command(.openHelp)
        default: return .ignored
        }
    }

    /// How far a move goes from `selection`.
    static func delta(_ action: Action, page: Int, count: Int, at selection: Int) -> Int {
        switch action {
        case .moveUp: return -1
        case .moveDown: return 1
        case .pageUp: return -page
        case .pageDown: return page
        case .top: return -selection
        case .bottom: return count - 1 - selection
        default: return 0
        }
    }

    /// The commands a list outcome asks of the app; an Enter is the view's own to answer.
    static func commands(_ outcome: Outcome) -> [Command] {
        if case .command(let command) = outcome { return [command] }
        return []
    }
}
