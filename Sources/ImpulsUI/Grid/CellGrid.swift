import ImpulsCore

/// Colours that carry meaning; the adapter maps them to terminal colours (or none under NO_COLOR).
public enum Color: Int, CaseIterable, Sendable {
    case red = 1, green, yellow, blue, magenta, cyan, gray
}

/// How a cell looks. Selection uses `reverse`, so it reads in monochrome too.
public struct Style: Hashable, Sendable {
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false
    public var color: Color?

    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false, color: Color? = nil) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.color = color
    }

    public static let plain = Style()
}

/// One terminal cell: a character (grapheme), or nothing when it is the right half of a wide one.
public struct Cell: Hashable, Sendable {
    public var character: Character?
    public var style: Style

    public static let blank = Cell(character: " ", style: .plain)
    /// The second column of a wide character.
    public var isContinuation: Bool { character == nil }
}

/// A rectangle of cells that views draw into and the terminal adapter flushes. Tests read it as text.
public struct CellGrid: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where typing goes (a form's text field), for the terminal to put its cursor there; nil:
    /// no typing here, the cursor hidden.
    public var cursor: (x: Int, y: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes `text` from column `x` on row `y`, never past `x + limit` or the grid's edge. Text that
    /// is cut there ends in `…` in the last column (the terminal shows `~` without UTF-8), so a cut
    /// never reads as the whole; only spaces cut off need no mark. No cell ever holds a control
    /// character: a tab or line break is a space, any other its escape (`\u{1B}`). Returns the next column.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return x }
        let end = min(width, x + (limit ?? width))
        var column = x
        let text = CellGrid.visible(text)
        for (offset, clean) in zip(text.indices, text) {
            let w = DisplayWidth.of(clean)
            if w == 0 {
                if column > 0, column - 1 < end, column - 1 >= x, let previous = cells[y * width + column - 1].character {
                    cells[y * width + column - 1].character = Character(String(previous) + String(clean))
                }
                continue
            }
            if column + w > end {
                if column < end, w == 2 { cells[y * width + column] = Cell(character: " ", style: style) }
                if text[offset...].contains(where: { $0 != " " }) { markCut(before: end, from: x, y: y, style: style) }
                return end
            }
            if column >= 0 {
                clearWideOverlap(at: column, y: y)
                cells[y * width + column] = Cell(character: clean, style: style)
                if w == 2 {
                    clearWideOverlap(at: column + 1, y: y)
                    cells[y * width + column + 1] = Cell(character: nil, style: style)
                }
            }
            column += w
        }
        return column
    }

    /// `text` with no control character: a tab or line break (`\r\n` too) a space, any other
    /// written as its escape, which the terminal shows as it reads.
    static func visible(_ text: String) -> String {
        guard text.hasControlCharacters() else { return text }
        let spaced = String(text.map { ["\t", "\n", "\r", "\r\n"].contains($0) ? " " : $0 })
        return spaced.escapingControlCharacters
    }

    /// Puts `…` in the last column before `end` that this write used (over the left half of a wide
    /// character when its right half is there).
    private mutating func markCut(before end: Int, from x: Int, y: Int, style: Style) {
        var column = end - 1
        guard column >= max(0, x) else { return }
        if cells[y * width + column].isContinuation, column - 1 >= max(0, x) {
            cells[y * width + column] = Cell(character: " ", style: cells[y * width + column].style)
            column -= 1
        }
        cells[y * width + column] = Cell(character: "…", style: cells[y * width + column].style)
    }

    /// Keeps no half of a wide character behind when a cell is overwritten.
    private mutating func clearWideOverlap(at column: Int, y: Int) {
        let index = y * width + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1].character = " "
        }
        if column + 1 < width, cells[index + 1].isContinuation, cells[index].character != nil {
            cells[index + 1].character = " "
        }
    }

    /// Fills a row segment with a style (and spaces), e.g. a selection bar or a header.
    public mutating func fill(y: Int, from x: Int = 0, width fillWidth: Int? = nil, style: Style) {
        guard y >= 0, y < height else { return }
        let end = min(width, x + (fillWidth ?? width))
        for column in max(0, x)..<max(max(0, x), end) {
            cells[y * width + column] = Cell(character: " ", style: style)
        }
    }

    /// Row `y` as text, continuation cells left out.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width {
            if let c = cells[y * width + x].character { text.append(c) }
        }
        return text
    }

    /// The whole grid as lines of text, trailing spaces trimmed: what golden tests compare.
    public var text: String {
        (0..<height).map { y in
            var line = line(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
