import ImpulsCore

/// Texts of the command line's reports: `impuls report` (the HTML file to send) and the short
/// forms of `impuls status` on a narrow terminal.
public struct ReportText: Sendable, Equatable, MessageGroup {
    let message: Message
}

extension ReportText {
    /// "Totaal", the total row's name where "Totaal (heel Nederland)" does not fit.
    public static let totalShort = ReportText(nl: "Totaal", en: "Total")
    public static let documentTitle = ReportText(nl: "Stand van zaken ondersteuningsbudget", en: "Support budget: where things stand")
    public static let scheme = ReportText(nl: "Eenmalig ondersteuningsbudget versterken dienstverlening kwetsbare burgers (Samenwerkingsplatform sociaal domein)",
                     en: "One-off support budget for stronger services to vulnerable citizens (Samenwerkingsplatform sociaal domein)")
    public static func scopeRegion(_ name: String) -> ReportText { ReportText(nl: "Regio " + name, en: "Region " + name) }
    public static func scopeRegions(_ names: [String]) -> ReportText {
        // One region is "Regio Fryslân", not "Regio's Fryslân".
        if names.count == 1 { return scopeRegion(names[0]) }
        return ReportText(nl: "Regio's " + names.joined(separator: ", "), en: "Regions " + names.joined(separator: ", "))
    }
    public static let scopeAll = ReportText(nl: "Alle regio's", en: "All regions")
    public static let date = ReportText(nl: "Datum", en: "Date")
    public static let madeFrom = ReportText(nl: "Gemaakt uit", en: "Made from")
    public static func madeWith(_ version: String) -> ReportText { ReportText(nl: "Gemaakt met impuls " + version, en: "Made with impuls " + version) }
    public static func longDate(_ day: CalendarDay) -> ReportText {
        let month = max(1, min(12, day.month)) - 1
        let nl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return ReportText(nl: "\(day.day) \(nl[month]) \(day.year)", en: "\(day.day) \(en[month]) \(day.year)")
    }
    public static let summary = ReportText(nl: "Samenvatting", en: "Summary")
    public static let byRegion = ReportText(nl: "Per regio", en: "By region")
    public static let behindFigures = ReportText(nl: "De gemeenten achter de cijfers", en: "The municipalities behind the figures")
    public static let advisers = ReportText(nl: "Adviseurs", en: "Advisers")
    public static let definitions = ReportText(nl: "Bereikt: minstens één adviesgesprek. Aangevraagd telt aanvragen die zijn ingediend en niet afgewezen of ingetrokken; toegekend telt toegekende, lopende en afgeronde aanvragen. Het plafond is het aantal gemeenten van de regio maal het maximumbedrag. Te laat: acties over hun datum, lopende projecten over hun geplande einde, concepten 30 dagen of langer onaangeroerd, toegekende aanvragen na 30 dagen nog niet gestart.",
                     en: "Reached: at least one advice session. Requested counts applications submitted and not rejected or withdrawn; granted counts approved, running and completed ones. The ceiling is the region's number of municipalities times the maximum amount. Overdue: follow-ups past their date, running projects past their planned end, drafts untouched for 30 days or more, approved applications not started after 30 days.")
    public static let chartApplications = ReportText(nl: "Aanvragen per status", en: "Applications by status")
    public static let chartBudget = ReportText(nl: "Budget: aangevraagd en toegekend tegen het plafond", en: "Budget: requested and granted against the ceiling")
    public static let chartReach = ReportText(nl: "Bereikt en nog niet bereikt", en: "Reached and not reached yet")
    public static let chartOverdue = ReportText(nl: "Werk dat te laat is", en: "Overdue work")
    public static let tableReach = ReportText(nl: "Bereik", en: "Reach")
    public static let tableBudget = ReportText(both: "Budget")
    public static let tableOverdue = ReportText(nl: "Werk dat te laat is", en: "Overdue work")
    public static func ofMunicipalities(_ n: Int) -> ReportText {
        let count = Message.count(n, .municipality)
        return ReportText(nl: "van " + count.nl, en: "of " + count.en)
    }
    public static func grantedShare(permille: Int) -> ReportText {
        let share = percent(permille: permille).message
        return ReportText(nl: share.nl + " van het plafond toegekend", en: share.en + " of the ceiling granted")
    }
    /// A percentage from tenths of a percent: `25,9%` (nl), `25.9%` (en).
    public static func percent(permille: Int) -> ReportText {
        let magnitude = Message.tenths(permille < 0 ? -permille : permille)
        let sign = permille < 0 ? "-" : ""
        return ReportText(nl: sign + magnitude.nl + "%", en: sign + magnitude.en + "%")
    }
    public static func times(_ count: Int) -> ReportText { ReportText(both: "\(count)×") }
    public static let none = ReportText(nl: "geen", en: "none")
    public static func duplicates(_ names: [String]) -> ReportText {
        ReportText(message: Message(nl: "Dubbel geteld (een dossier in meer dan één gegevensmap): ", en: "Counted twice (a dossier in more than one data folder): ")
                   + names.joined(separator: ", "))
    }
    public static func unreadable(_ count: Int) -> ReportText {
        ReportText(nl: "\(count) \(count == 1 ? "bestand kon" : "bestanden konden") niet worden gelezen en \(count == 1 ? "telt" : "tellen") niet mee (impuls check zegt waarom).",
                     en: "\(count) \(count == 1 ? "file" : "files") could not be read and \(count == 1 ? "is" : "are") not counted (impuls check says why).")
    }
    public static func written(_ file: String) -> ReportText { ReportText(nl: "rapport geschreven: \(file)", en: "report written: \(file)") }
}

extension Message {
    /// A report text in `language`.
    public static func report(_ text: ReportText, _ language: Language) -> String { text.message.text(language) }
}
