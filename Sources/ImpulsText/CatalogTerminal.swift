import ImpulsCore

/// What the terminal adapter says: why the interface cannot start in this terminal (and what to
/// use instead), and the keys it handles itself.
public struct TerminalText: Sendable, Equatable, MessageGroup {
    let message: Message
}

extension TerminalText {
    /// Standard input or output is not a terminal (a pipe, a file).
    public static let notATerminal = TerminalText(nl: "De interface heeft een terminal nodig; invoer of uitvoer is hier een pipe of bestand. " + Message.commandLineInstead.nl,
                                                  en: "The interface needs a terminal; its input or output is a pipe or a file here. " + Message.commandLineInstead.en)
    /// TERM is not set at all.
    public static let termUnset = TerminalText(
        nl: "TERM is niet gezet, dus impuls weet niet wat voor terminal dit is; probeer: TERM=xterm-256color impuls. " + Message.commandLineInstead.nl,
        en: "TERM is not set, so impuls cannot tell what terminal this is; try: TERM=xterm-256color impuls. " + Message.commandLineInstead.en)
    /// No terminfo entry for this TERM.
    public static func unknownTerminal(_ term: String) -> TerminalText {
        let shown = term.escapingControlCharacters
        return TerminalText(nl: "Terminaltype TERM=\(shown) is hier onbekend (geen terminfo-beschrijving); probeer: TERM=xterm-256color impuls. " + Message.commandLineInstead.nl,
                            en: "The terminal type TERM=\(shown) is not known here (no terminfo entry); try: TERM=xterm-256color impuls. " + Message.commandLineInstead.en)
    }
    /// The terminal cannot move the cursor (`dumb`, an editor's shell buffer).
    public static func notCursorAddressable(_ term: String) -> TerminalText {
        let shown = term.escapingControlCharacters
        return TerminalText(
            nl: "Deze terminal (TERM=\(shown)) kan de cursor niet verplaatsen, en de interface heeft dat nodig: open impuls in een terminalvenster. " + Message.commandLineInstead.nl,
            en: "This terminal (TERM=\(shown)) cannot move the cursor, which the interface needs: open impuls in a terminal window. " + Message.commandLineInstead.en)
    }
    /// The key map's hint for Ctrl-Z.
    public static let hintSuspend = TerminalText(nl: "pauzeren (fg: verder)", en: "suspend (fg: resume)")
    /// Ctrl-Z where the shell has no job control (SIGTSTP ignored): nothing would bring impuls back.
    public static let cannotSuspend = TerminalText(nl: "Ctrl-Z: deze shell kan impuls niet pauzeren en terughalen (geen job control)",
                                                   en: "Ctrl-Z: this shell cannot suspend and resume impuls (no job control)")

}

extension Message {
    /// The commands that do without the interface, named in the messages above.
    static let commandLineInstead = Message(
        nl: "Zonder interface gaat het met opdrachten: impuls status, impuls dossier show <gemeente>, impuls session add, impuls application new/advance (alle: impuls --help).",
        en: "Without the interface, use the commands: impuls status, impuls dossier show <municipality>, impuls session add, impuls application new/advance (all: impuls --help).")

    /// A terminal text.
    public static func terminal(_ text: TerminalText) -> Message { text.message }
}
