/// What the terminal adapter says: why the interface cannot start in this terminal (and what to
/// use instead), and the keys it handles itself.
public enum TerminalText: Sendable, Equatable {
    /// Standard input or output is not a terminal (a pipe, a file).
    case notATerminal
    /// TERM is not set at all.
    case termUnset
    /// No terminfo entry for this TERM.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (`dumb`, an editor's shell buffer).
    case notCursorAddressable(String)
    /// The key map's hint for Ctrl-Z.
    case hintSuspend
    /// Ctrl-Z where the shell has no job control (SIGTSTP ignored): nothing would bring impuls back.
    case cannotSuspend
}

extension Message {
    /// The commands that do without the interface, named in the messages above.
    static func commandLineInstead(_ nl: Bool) -> String {
        nl ? "Zonder interface gaat het met opdrachten: impuls status, impuls dossier show <gemeente>, impuls session add, impuls application new/advance (alle: impuls --help)."
            : "Without the interface, use the commands: impuls status, impuls dossier show <municipality>, impuls session add, impuls application new/advance (all: impuls --help)."
    }

    /// A terminal text in `language`.
    public static func terminalText(_ text: TerminalText, _ language: Language) -> String {
        let nl = language == .nl
        switch text {
        case .notATerminal:
            return (nl ? "De interface heeft een terminal nodig; invoer of uitvoer is hier een pipe of bestand. "
                : "The interface needs a terminal; its input or output is a pipe or a file here. ") + commandLineInstead(nl)
        case .termUnset:
            return (nl ? "TERM is niet gezet, dus impuls weet niet wat voor terminal dit is; probeer: TERM=xterm-256color impuls. "
                : "TERM is not set, so impuls cannot tell what terminal this is; try: TERM=xterm-256color impuls. ") + commandLineInstead(nl)
        case .unknownTerminal(let term):
            let shown = term.escapingControlCharacters
            return (nl ? "Terminaltype TERM=\(shown) is hier onbekend (geen terminfo-beschrijving); probeer: TERM=xterm-256color impuls. "
                : "The terminal type TERM=\(shown) is not known here (no terminfo entry); try: TERM=xterm-256color impuls. ") + commandLineInstead(nl)
        case .notCursorAddressable(let term):
            let shown = term.escapingControlCharacters
            return (nl ? "Deze terminal (TERM=\(shown)) kan de cursor niet verplaatsen, en de interface heeft dat nodig: open impuls in een terminalvenster. "
                : "This terminal (TERM=\(shown)) cannot move the cursor, which the interface needs: open impuls in a terminal window. ") + commandLineInstead(nl)
        case .hintSuspend: return nl ? "pauzeren (fg: verder)" : "suspend (fg: resume)"
        case .cannotSuspend:
            return nl ? "Ctrl-Z: deze shell kan impuls niet pauzeren en terughalen (geen job control)" : "Ctrl-Z: this shell cannot suspend and resume impuls (no job control)"
        }
    }
}
