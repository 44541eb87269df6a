#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import ImpulsUI

extension Terminal: TerminalDevice {
    /// The next key, or nil when none came within `milliseconds` or one of `descriptors` became
    /// readable first. Without descriptors, `readKey(waitingAtMost:)` as it is. With them, the
    /// process blocks in `poll()` on the terminal's input and those descriptors together (no busy
    /// loop): input ncurses has already read ahead is taken first, and a signal (a resize) ends the
    /// wait so that ncurses can report it.
    public func readKey(waitingAtMost milliseconds: Int32, wakingOn descriptors: [Int32]) -> Key? {
        guard !descriptors.isEmpty, unread.isEmpty, milliseconds > 0 else { return readKey(waitingAtMost: milliseconds) }
        if let key = readKey(waitingAtMost: 0) { return key }
        var watched = ([STDIN_FILENO] + descriptors).map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let ready = poll(&watched, nfds_t(watched.count), milliseconds)
        // Input (or a hang-up) on the terminal, or a signal: ncurses reads what there is.
        if ready < 0 || watched[0].revents != 0 { return readKey(waitingAtMost: 0) }
        return nil
    }

    /// The next key, or nil when none came within `milliseconds` (or what came was an escape
    /// sequence that means nothing here, which is ignored).
    public func readKey(waitingAtMost milliseconds: Int32 = 200) -> Key? {
        guard let first = unread.isEmpty ? readUnit(milliseconds: milliseconds) : unread.removeFirst() else { return nil }
        switch first {
        case .keyCode(let code): return functionKey(code)
        case .scalar(let scalar):
            // Right after an Esc nothing is waited for (ncurses has already waited ESCDELAY for
            // a sequence); inside a sequence the rest may trickle in over a slow line.
            let decoded = KeyDecoder.decode(scalar) { inSequence in self.readUnit(milliseconds: inSequence ? 50 : 0) }
            if let again = decoded.unread { unread.append(again) }
            return decoded.key
        }
    }

    /// One unit of input from ncurses, waiting at most `milliseconds`.
    private func readUnit(milliseconds: Int32) -> InputUnit? {
        wtimeout(window, milliseconds)
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == ERR {
            // A timeout, or a terminal gone without a hang-up signal: then the loop must end
            // instead of spinning on reads that return at once (checked only here, not per key).
            if !inputHungUp { inputHungUp = Terminal.inputHasHungUp() }
            return nil
        }
        if result == impuls_key_code_yes() { return .keyCode(Int32(character)) }
        return .scalar(UInt32(character))
    }

    private static func inputHasHungUp() -> Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) > 0 else { return false }
        return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// A key ncurses decoded from the terminfo entry (or a resize, or the mouse).
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
            // KEY_HOME and KEY_END have keypad cousins in some entries (ka1, kc1: KEY_A1, KEY_C1).
            if code == KEY_A1 { return .home }
            if code == KEY_C1 { return .end }
            for n in 1...12 where code == impuls_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    /// Ctrl-Z: gives the terminal back and stops, as the shell expects (`fg` continues); then takes
    /// the terminal again and returns its size now, for a full redraw. Returns nil without stopping
    /// where nothing could continue the program (a shell without job control).
    public func suspend() -> (columns: Int, rows: Int)? {
        endwin()
        let stopped = impuls_stop_process_group() == 1
        // Back: the window may have changed size meanwhile; everything is drawn anew.
        if let (columns, rows) = TerminalProbe.size(), columns != size.columns || rows != size.rows {
            resizeterm(Int32(rows), Int32(columns))
        }
        clearok(impuls_curscr(), true)
        wrefresh(window)
        return stopped ? size : nil
    }
}
