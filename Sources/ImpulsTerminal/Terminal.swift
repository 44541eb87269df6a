#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import ImpulsCore
import ImpulsUI

/// The ncurses adapter: starts and restores the terminal, decodes keys, draws a cell grid.
/// The only code that talks to ncurses.
public final class Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    private let screen: OpaquePointer
    private let useColor: Bool
    private let unicode: Bool
    /// Whether the locale is UTF-8 (else the grid is drawn in ASCII).
    public var isUnicode: Bool { unicode }
    private var stopped = false

    /// Takes over the terminal. Fails when there is none (not a TTY, unknown TERM).
    public init() throws {
        setlocale(LC_ALL, "")
        unicode = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().filter { $0 != "-" } == "UTF8"
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
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
        if has_colors(), FileIOEnv.value("NO_COLOR") == nil {
            start_color()
            use_default_colors()
            let colors: [(Color, Int16)] = [(.red, Int16(COLOR_RED)), (.green, Int16(COLOR_GREEN)), (.yellow, Int16(COLOR_YELLOW)),
                                            (.blue, Int16(COLOR_BLUE)), (.magenta, Int16(COLOR_MAGENTA)), (.cyan, Int16(COLOR_CYAN)),
                                            (.gray, Int16(COLOR_WHITE))]
            for (color, value) in colors { init_pair(Int16(color.rawValue), value, -1) }
            useColor = true
        } else {
            useColor = false
        }
    }

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

    /// The signal that asked the program to end (SIGTERM, SIGHUP, SIGINT), if one came.
    public var terminationSignal: Int32? { Signals.received == 0 ? nil : Signals.received }

    /// The next key, or nil when none came within a fifth of a second.
    public func readKey() -> Key? {
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == ERR { return nil }
        if result == impuls_key_code_yes() { return functionKey(Int32(character)) }
        switch character {
        case 27:
            // Esc followed at once by a key is Alt and that key (word jumps in a form).
            wtimeout(window, 0)
            defer { wtimeout(window, 200) }
            var next: wint_t = 0
            let result = wget_wch(window, &next)
            if result == OK, next >= 32, let scalar = Unicode.Scalar(UInt32(next)) { return .alt(Character(scalar)) }
            // Anything else (another Esc, a function key) is read again as itself.
            if result == OK { unget_wch(wchar_t(next)) } else if result == impuls_key_code_yes() { ungetch(Int32(next)) }
            return .escape
        case 10, 13: return .enter
        case 9: return .tab
        case 127, 8: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(character) + 96)))
        default:
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case impuls_key_resize():
            let (columns, rows) = size
            return .resize(columns: columns, rows: rows)
        case impuls_key_mouse():
            var y: Int32 = 0, x: Int32 = 0
            var buttons: mmask_t = 0
            guard impuls_get_mouse(&y, &x, &buttons) == OK else { return nil }
            if buttons & impuls_button4_pressed() != 0 { return .wheelUp }
            if impuls_button5_pressed() != 0, buttons & impuls_button5_pressed() != 0 { return .wheelDown }
            if buttons & impuls_button1_clicked() != 0 { return .mouseClick(x: Int(x), y: Int(y)) }
            return nil
        default:
            for n in 1...12 where code == impuls_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    /// Draws the grid. Each cell goes to its own column, so text can never push a border.
    public func draw(_ grid: CellGrid) {
        werase(window)
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                guard let character = cell.character else { continue }
                // Writing the bottom-right cell scrolls some terminals: leave it blank.
                if y == grid.height - 1, x == grid.width - 1 { continue }
                wattr_set(window, attributes(cell.style), useColor ? Int16(cell.style.color?.rawValue ?? 0) : 0, nil)
                mvwaddstr(window, Int32(y), Int32(x), unicode ? String(character) : ascii(character))
            }
        }
        wattr_set(window, 0, 0, nil)
        wrefresh(window)
    }

    private func attributes(_ style: Style) -> attr_t {
        var attributes: attr_t = 0
        if style.bold { attributes |= impuls_a_bold() }
        if style.reverse { attributes |= impuls_a_reverse() }
        if style.underline { attributes |= impuls_a_underline() }
        if style.dim { attributes |= impuls_a_dim() }
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

/// Why the terminal could not be opened.
public enum TerminalError: Error {
    case notATerminal
    case unknownTerminal(String)
}

enum FileIOEnv {
    static func value(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}
