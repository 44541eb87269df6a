#if canImport(Glibc)
import Glibc
#endif
import CNcursesw

/// What the terminal offers, found without taking it over (for `impuls doctor`).
public enum TerminalProbe {
    public enum Lookup: Sendable, Equatable {
        /// No terminfo entry for TERM (or no terminfo database at all).
        case unknown
        /// Found; `colours` is 0 when the terminal has none.
        case found(cursorAddressable: Bool, colours: Int)
    }

    /// Looks TERM up in the terminfo database, as ncurses would when impuls starts.
    public static func lookUp(_ term: String) -> Lookup {
        var status: Int32 = 0
        guard setupterm(term, STDERR_FILENO, &status) == OK, status == 1 else { return .unknown }
        let cup = tigetstr("cup")
        let addressable = cup != nil && Int(bitPattern: cup) != -1
        let colours = tigetnum("colors")
        return .found(cursorAddressable: addressable, colours: max(0, Int(colours)))
    }

    /// The window's columns and rows, from whichever standard stream (or /dev/tty) is a terminal;
    /// nil when none is.
    public static func size() -> (columns: Int, rows: Int)? {
        func query(_ fd: Int32) -> (Int, Int)? {
            guard isatty(fd) == 1 else { return nil }
            var window = winsize()
            guard ioctl(fd, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 else { return nil }
            return (Int(window.ws_col), Int(window.ws_row))
        }
        for fd in [STDOUT_FILENO, STDIN_FILENO, STDERR_FILENO] { if let size = query(fd) { return size } }
        let tty = open("/dev/tty", O_RDONLY | O_NOCTTY | O_CLOEXEC)
        guard tty >= 0 else { return nil }
        defer { close(tty) }
        return query(tty)
    }

    /// The locale from the environment: its name, whether it is installed, and its character set.
    public static func locale() -> (name: String, installed: Bool, codeset: String) {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { FileIOEnv.value($0) }.first { !$0.isEmpty } ?? "C"
        let installed = setlocale(LC_ALL, "") != nil
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        return (name, installed, codeset)
    }

    /// Whether a character set name is UTF-8 (`UTF-8`, `utf8`).
    public static func isUTF8(_ codeset: String) -> Bool { codeset.uppercased().filter { $0 != "-" } == "UTF8" }
}
