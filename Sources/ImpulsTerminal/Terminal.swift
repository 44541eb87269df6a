#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import ImpulsCore
import ImpulsText
import ImpulsUI

/// The ncurses adapter: starts and restores the terminal, decodes keys, draws a cell grid.
/// The only code that talks to ncurses.
public final class Terminal {
    let window: UnsafeMutablePointer<WINDOW>
    private let screen: OpaquePointer
    /// How styles become colours; nil without colours (NO_COLOR, a monochrome terminal).
    public let palette: Palette?
    /// The background the palette was chosen for.
    public let background: Background
    private var pairs: [Int: Int16] = [:]
    private let unicode: Bool
    /// Whether the locale is UTF-8 (else the grid is drawn in ASCII).
    public var isUnicode: Bool { unicode }
    private var stopped = false
    /// Whether the terminal's cursor is shown (a grid with a cursor was drawn last).
    private var cursorShown = false
    /// Input read ahead while decoding a key, to be read again first.
    var unread: [InputUnit] = []
    /// Set when a read found the terminal's input hung up: every further read would return at once.
    var inputHungUp = false

    /// Takes over the terminal. Fails, before anything is drawn, when TERM is unset or unknown,
    /// when the terminal cannot move the cursor, or when standard input or output is not one.
    /// `theme` picks the colours (`auto` asks the terminal for its background first).
    public init(theme: Theme = .auto) throws {
        setlocale(LC_ALL, "")
        unicode = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().filter { $0 != "-" } == "UTF8"
        let colours = try Terminal.check()
        let noColor = !(FileIOEnv.value("NO_COLOR") ?? "").isEmpty
        background = noColor || colours < 8 ? .unknown
            : BackgroundDetection.background(theme: theme, environment: FileIOEnv.value, query: true)
        // newterm, unlike initscr, returns an error instead of ending the process.
        guard let screen = impuls_newterm(), let window = impuls_stdscr() else {
            throw TerminalError.unknownTerminal(FileIOEnv.value("TERM") ?? "")
        }
        self.screen = screen
        self.window = window
        Signals.install()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(window, 200)
        mousemask(impuls_button1_clicked() | impuls_button4_pressed() | impuls_button5_pressed(), nil)
        mouseinterval(0)
        // COLORS is known once start_color has run.
        if has_colors(), !noColor, start_color() == OK,
           let palette = Palette.choose(background: background, colours: Int(max(0, impuls_colors()))) {
            use_default_colors()
            pairs.reserveCapacity(palette.indices.count)
            for (offset, index) in palette.indices.enumerated() {
                let pair = Int16(offset + 1)
                init_pair(pair, Int16(index), -1)
                pairs[index] = pair
            }
            self.palette = palette
        } else {
            palette = nil
        }
    }

    /// Checks, without taking the terminal over, that the interface can run here; returns how many
    /// colours the terminal has. The errors say why not (TerminalError).
    @discardableResult
    public static func check() throws -> Int {
        guard let (term, lookup) = termEntry else { throw TerminalError.termUnset }
        switch lookup {
        case .unknown: throw TerminalError.unknownTerminal(term)
        case .found(let addressable, _) where !addressable: throw TerminalError.notCursorAddressable(term)
        case .found(_, let colours):
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
            return colours
        }
    }

    /// TERM and its terminfo entry, looked up once: the interface checks before it reads any data
    /// and again when it takes the terminal over (each lookup reads and parses the entry).
    private static let termEntry: (term: String, lookup: TerminalProbe.Lookup)? = {
        guard let term = FileIOEnv.value("TERM"), !term.isEmpty else { return nil }
        return (term, TerminalProbe.lookUp(term))
    }()

    deinit { stop() }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
        delscreen(screen)
    }

    public var size: (columns: Int, rows: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// The signal that asked the program to end (SIGTERM, SIGHUP, SIGINT), if one came. A terminal
    /// whose input has hung up without a signal reaching us counts as SIGHUP (see `readUnit`).
    public var terminationSignal: Int32? {
        let signal = Signals.received
        if signal != 0 { return signal }
        return inputHungUp ? SIGHUP : nil
    }

    /// Draws the grid. Each cell goes to its own column, so text can never push a border: only a
    /// run of printable ASCII in one style, one column a character in every terminal, goes in one
    /// call (a call per cell, each with its own C string, was two thirds of the drawing).
    public func draw(_ grid: CellGrid) {
        werase(window)
        // Cells beyond the window (a grid drawn just before a resize) are not drawn: moving there fails.
        let columns = min(grid.width, Int(getmaxx(window))), rows = min(grid.height, Int(getmaxy(window)))
        var run: [CChar] = []
        run.reserveCapacity(columns)
        for y in 0..<rows {
            var x = 0
            while x < columns {
                let cell = grid[x, y]
                // Writing the bottom-right cell scrolls some terminals: leave it blank.
                guard let character = cell.character, !isBottomRight(x, y, of: grid) else {
                    x += 1
                    continue
                }
                let drawn = palette?.resolve(cell.style) ?? Palette.monochrome(cell.style)
                wattr_set(window, attributes(drawn), drawn.foreground.flatMap { pairs[$0] } ?? 0, nil)
                guard let first = Terminal.printableASCII(character) else {
                    var text = unicode ? String(character) : ascii(character)
                    text.withUTF8 { bytes in
                        bytes.withMemoryRebound(to: CChar.self) { _ = mvwaddnstr(window, Int32(y), Int32(x), $0.baseAddress, Int32($0.count)) }
                    }
                    x += 1
                    continue
                }
                run.removeAll(keepingCapacity: true)
                run.append(first)
                var next = x + 1
                while next < columns, !isBottomRight(next, y, of: grid) {
                    let following = grid[next, y]
                    guard following.style == cell.style, let character = following.character,
                          let byte = Terminal.printableASCII(character) else { break }
                    run.append(byte)
                    next += 1
                }
                _ = mvwaddnstr(window, Int32(y), Int32(x), run, Int32(run.count))
                x = next
            }
        }
        wattr_set(window, 0, 0, nil)
        // The cursor where typing goes (a form's field, the filter), hidden everywhere else.
        if let cursor = grid.cursor, cursor.x < columns, cursor.y < rows {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorShown { curs_set(1) }
            cursorShown = true
        } else if cursorShown {
            curs_set(0)
            cursorShown = false
        }
        wrefresh(window)
    }

    private func isBottomRight(_ x: Int, _ y: Int, of grid: CellGrid) -> Bool {
        y == grid.height - 1 && x == grid.width - 1
    }

    /// The character as its one byte when it is printable ASCII (space to tilde).
    private static func printableASCII(_ character: Character) -> CChar? {
        // On the UTF-8 bytes: `asciiValue` cost nearly as much as ncurses drawing the character.
        let utf8 = character.utf8
        guard utf8.count == 1, let value = utf8.first, value >= 0x20, value < 0x7F else { return nil }
        return CChar(bitPattern: value)
    }

    private func attributes(_ style: TerminalStyle) -> attr_t {
        var attributes: attr_t = 0
        if style.bold { attributes |= impuls_a_bold() }
        if style.reverse { attributes |= impuls_a_reverse() }
        if style.underline { attributes |= impuls_a_underline() }
        return attributes
    }

    /// Under a non-UTF-8 locale: letters without their accents, anything else as `?`.
    private func ascii(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let symbol = Terminal.asciiSymbols[character] { return symbol }
        let folded = Folding.fold(String(character))
        guard let first = folded.first, first.isASCII else { return DisplayWidth.of(character) == 2 ? "??" : "?" }
        return character.isUppercase ? first.uppercased() : String(first)
    }
}

extension Terminal {
    /// Stand-ins for the symbols the interface uses, one column each.
    static let asciiSymbols: [Character: String] = [
        "€": "E", "·": "-", "…": "~", "–": "-", "—": "-", "─": "-", "▏": "|", "█": "#", "⚠": "!", "✗": "x",
        "‹": "<", "›": ">", "‘": "'", "’": "'", "“": "\"", "”": "\"", "←": "<", "→": ">", "↑": "^", "↓": "v", "×": "x", "≥": ">", "†": "+", "✓": "v",
    ]
}

/// Why the terminal could not be opened; `text` says it in words, with what to do instead.
public enum TerminalError: Error, Equatable {
    case notATerminal
    case termUnset
    case unknownTerminal(String)
    case notCursorAddressable(String)

    /// The message for the user (the catalog's words).
    public var text: TerminalText {
        switch self {
        case .notATerminal: return .notATerminal
        case .termUnset: return .termUnset
        case .unknownTerminal(let term): return .unknownTerminal(term)
        case .notCursorAddressable(let term): return .notCursorAddressable(term)
        }
    }
}

enum FileIOEnv {
    static func value(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}
