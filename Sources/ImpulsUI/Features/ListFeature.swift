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

/// Moving in a list whose entries take one line or more each, among other lines (a dossier's
/// notices on its overview, its applications with their history): the selection is an entry, the
/// scroll a line. ↑/↓ choose the previous or next entry and scroll it into view, whole when it fits;
/// a chosen entry taller than the window is read to its end (↓) or its start (↑) first, and the
/// lines before the first entry and after the last are scrolled to at the ends. PgUp/PgDn scroll a
/// page, choosing an entry in sight when the chosen one went out of it; Home and End go to the
/// first and the last entry and line.
enum EntryList {
    /// `entries`: each entry's lines, in order, among `lines` lines of which `height` are on screen.
    static func reduce(_ position: inout ListPosition, _ action: Action, entries: [Range<Int>], lines: Int, height: Int) -> ListFeature.Outcome {
        guard ListFeature.moves.contains(action), !entries.isEmpty else {
            return ListFeature.reduce(&position, action, count: entries.count, page: height)
        }
        let last = entries.count - 1
        let lowest = max(0, lines - height)   // the scroll that shows the last line at the bottom
        var chosen = max(0, min(position.selection, last))
        var scroll = max(0, min(position.scroll, lowest))
        let entry = entries[chosen]
        switch action {
        case .moveDown:
            if entry.upperBound > scroll + height { scroll += 1 }
            else if chosen < last { chosen += 1; scroll = revealing(entries[chosen], scroll: scroll, height: height) }
            else if scroll < lowest { scroll += 1 }
        case .moveUp:
            if entry.lowerBound < scroll { scroll -= 1 }
            else if chosen > 0 { chosen -= 1; scroll = revealing(entries[chosen], scroll: scroll, height: height) }
            else if scroll > 0 { scroll -= 1 }
        case .pageDown, .pageUp:
            scroll = max(0, min(lowest, scroll + (action == .pageDown ? height : -height)))
            let inSight = entries.indices.filter { entries[$0].overlaps(scroll..<(scroll + height)) }
            if !inSight.contains(chosen), let other = action == .pageDown ? inSight.first : inSight.last { chosen = other }
        case .top:
            chosen = 0
            scroll = 0
        case .bottom:
            chosen = last
            scroll = lowest
        default: break
        }
        position.selection = chosen
        position.scroll = max(0, min(scroll, lowest))
        return .moved
    }

    /// The scroll that shows `entry` whole when it fits in `height` lines (moving as little as
    /// possible), else from its first line.
    static func revealing(_ entry: Range<Int>, scroll: Int, height: Int) -> Int {
        guard entry.count <= height else { return entry.lowerBound }
        if entry.lowerBound < scroll { return entry.lowerBound }
        if entry.upperBound > scroll + height { return entry.upperBound - height }
        return scroll
    }
}
