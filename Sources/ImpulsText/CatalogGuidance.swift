import ImpulsCore

/// Texts that guide a new user where a key could not do what was meant (issue #29): text typed
/// in a list, a tick-off taken back in the agenda.
extension InterfaceText {
    /// A character typed in a pick list (`ticks` false) or a list with ticks: refused, with what the list takes.
    public static func typingInList(ticks: Bool) -> InterfaceText {
        ticks ? InterfaceText(nl: "Hier typ je geen tekst: dit is een lijst met vinkjes (↑/↓ kiezen, spatie vinkt aan, Tab volgend veld)",
                              en: "No typing here: this is a list with ticks (↑/↓ choose, space ticks, Tab next field)")
              : InterfaceText(nl: "Hier typ je geen tekst: dit is een keuzelijst (↑/↓ of ←/→ kiezen, Tab volgend veld)",
                              en: "No typing here: this is a pick list (↑/↓ or ←/→ choose, Tab next field)")
    }
    /// Help for `u` in the agenda.
    public static let hintUndoTick = InterfaceText(nl: "het laatst afgevinkte terugzetten (uit deze agenda)",
                                                   en: "take back the latest tick-off (made in this agenda)")
    /// `u` in the agenda with nothing ticked off there in this run.
    public static let nothingTickedHere = InterfaceText(nl: "Niets om terug te zetten: u neemt hier alleen terug wat je net met x afvinkte",
                                                        en: "Nothing to take back: u here only takes back what you just ticked off with x")
}
