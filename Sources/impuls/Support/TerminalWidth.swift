#if canImport(Glibc)
import Glibc
#endif
import ImpulsStore

/// How wide the terminal is that standard output (or standard error) goes to.
enum TerminalWidth {
    /// The width to fit tables to: nil when standard output is not a terminal (a pipe or a file
    /// keeps the whole table) or when `wide` asks for the whole table. `COLUMNS`, when set to a
    /// number, overrides what the terminal reports.
    static func forTables(wide: Bool) -> Int? {
        guard !wide else { return nil }
        return of(STDOUT_FILENO)
    }

    /// The columns of the terminal `fd` is, `COLUMNS` first; nil when `fd` is not a terminal.
    static func of(_ fd: Int32) -> Int? {
        guard isatty(fd) == 1 else { return nil }
        if let text = ProcessEnvironment.value("COLUMNS"), let columns = Int(text), columns > 0 { return columns }
        var window = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0 { return Int(window.ws_col) }
        return 80
    }
}
