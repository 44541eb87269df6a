/// Texts of the command line's reports: `impuls report` (the HTML file to send) and the short
/// forms of `impuls status` on a narrow terminal.
public enum ReportText: Sendable, Equatable {
    /// "Totaal", the total row's name where "Totaal (heel Nederland)" does not fit.
    case totalShort
}

extension Message {
    /// A report text in `language`.
    public static func report(_ text: ReportText, _ language: Language) -> String {
        let nl = language == .nl
        switch text {
        case .totalShort: return nl ? "Totaal" : "Total"
        }
    }
}
