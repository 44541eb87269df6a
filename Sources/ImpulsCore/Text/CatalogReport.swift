/// Texts of the command line's reports: `impuls report` (the HTML file to send) and the short
/// forms of `impuls status` on a narrow terminal.
public enum ReportText: Sendable, Equatable {
    /// "Totaal", the total row's name where "Totaal (heel Nederland)" does not fit.
    case totalShort
    case documentTitle
    case scheme
    case scopeRegion(String)
    case scopeRegions([String])
    case scopeAll
    case date, madeFrom, madeWith(String)
    case longDate(CalendarDay)
    case summary, byRegion, behindFigures, advisers, definitions
    case chartApplications, chartBudget, chartReach, chartOverdue
    case tableReach, tableBudget, tableOverdue
    case ofMunicipalities(Int)
    case grantedShare(permille: Int)
    /// A percentage from tenths of a percent: `25,9%` (nl), `25.9%` (en).
    case percent(permille: Int)
    case times(Int)
    case none
    case duplicates([String])
    case unreadable(Int)
    case written(String)
}

extension Message {
    /// A report text in `language`.
    public static func report(_ text: ReportText, _ language: Language) -> String {
        let nl = language == .nl
        switch text {
        case .totalShort: return nl ? "Totaal" : "Total"
        case .documentTitle: return nl ? "Stand van zaken ondersteuningsbudget" : "Support budget: where things stand"
        case .scheme:
            return nl ? "Eenmalig ondersteuningsbudget versterken dienstverlening kwetsbare burgers (Samenwerkingsplatform sociaal domein)"
                : "One-off support budget for stronger services to vulnerable citizens (Samenwerkingsplatform sociaal domein)"
        case .scopeRegion(let name): return (nl ? "Regio " : "Region ") + name
        case .scopeRegions(let names): return (nl ? "Regio's " : "Regions ") + names.joined(separator: ", ")
        case .scopeAll: return nl ? "Alle regio's" : "All regions"
        case .date: return nl ? "Datum" : "Date"
        case .madeFrom: return nl ? "Gemaakt uit" : "Made from"
        case .madeWith(let version): return (nl ? "Gemaakt met impuls " : "Made with impuls ") + version
        case .longDate(let day):
            let months = nl
                ? ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
                : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            return "\(day.day) \(months[max(1, min(12, day.month)) - 1]) \(day.year)"
        case .summary: return nl ? "Samenvatting" : "Summary"
        case .byRegion: return nl ? "Per regio" : "By region"
        case .behindFigures: return nl ? "De gemeenten achter de cijfers" : "The municipalities behind the figures"
        case .advisers: return nl ? "Adviseurs" : "Advisers"
        case .definitions:
            return nl
                ? "Bereikt: minstens één adviesgesprek. Aangevraagd telt aanvragen die zijn ingediend en niet afgewezen of ingetrokken; toegekend telt toegekende, lopende en afgeronde aanvragen. Het plafond is het aantal gemeenten van de regio maal het maximumbedrag. Te laat: acties over hun datum, lopende projecten over hun geplande einde, concepten 30 dagen of langer onaangeroerd, toegekende aanvragen na 30 dagen nog niet gestart."
                : "Reached: at least one advice session. Requested counts applications submitted and not rejected or withdrawn; granted counts approved, running and completed ones. The ceiling is the region's number of municipalities times the maximum amount. Overdue: follow-ups past their date, running projects past their planned end, drafts untouched for 30 days or more, approved applications not started after 30 days."
        case .chartApplications: return nl ? "Aanvragen per status" : "Applications by status"
        case .chartBudget: return nl ? "Budget: aangevraagd en toegekend tegen het plafond" : "Budget: requested and granted against the ceiling"
        case .chartReach: return nl ? "Bereikt en nog niet bereikt" : "Reached and not reached yet"
        case .chartOverdue: return nl ? "Werk dat te laat is" : "Overdue work"
        case .tableReach: return nl ? "Bereik en aanvragen" : "Reach and applications"
        case .tableBudget: return "Budget"
        case .tableOverdue: return nl ? "Werk dat te laat is" : "Overdue work"
        case .ofMunicipalities(let n): return (nl ? "van " : "of ") + Message.count(n, .municipality, language)
        case .grantedShare(let permille):
            return Message.report(.percent(permille: permille), language) + (nl ? " van het plafond toegekend" : " of the ceiling granted")
        case .percent(let permille):
            let sign = permille < 0 ? "-" : ""
            let magnitude = permille < 0 ? -permille : permille
            return sign + "\(magnitude / 10)" + (nl ? "," : ".") + "\(magnitude % 10)%"
        case .times(let count): return "\(count)×"
        case .none: return nl ? "geen" : "none"
        case .duplicates(let names):
            return (nl ? "Dubbel geteld (een dossier in meer dan één gegevensmap): " : "Counted twice (a dossier in more than one data folder): ")
                + names.joined(separator: ", ")
        case .unreadable(let count):
            return nl ? "\(count) \(count == 1 ? "bestand kon" : "bestanden konden") niet worden gelezen en \(count == 1 ? "telt" : "tellen") niet mee (impuls check zegt waarom)."
                : "\(count) \(count == 1 ? "file" : "files") could not be read and \(count == 1 ? "is" : "are") not counted (impuls check says why)."
        case .written(let file): return nl ? "rapport geschreven: \(file)" : "report written: \(file)"
        }
    }
}
