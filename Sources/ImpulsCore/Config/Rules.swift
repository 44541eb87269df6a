/// An action line of the POK programme an activity must fit. The id is stable, the label may change.
public struct ActionLine: Hashable, Sendable {
    public let id: String
    public let label: String
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// The scheme's rule values, from config.
public struct Rules: Hashable, Sendable {
    public var maximumAmount: Cents
    public var openingDate: CalendarDay
    /// When the scheme's results were evaluated, a year after it closed: the last day its personal
    /// data was needed (`doctor` warns after it when no retention is set).
    public var evaluationDate: CalendarDay { closingDate.adding(months: 12) }
    public var closingDate: CalendarDay
    public var maximumMonths: Int
    public var actionLines: [ActionLine]

    public init(maximumAmount: Cents, openingDate: CalendarDay, closingDate: CalendarDay,
                maximumMonths: Int, actionLines: [ActionLine]) {
        self.maximumAmount = maximumAmount
        self.openingDate = openingDate
        self.closingDate = closingDate
        self.maximumMonths = maximumMonths
        self.actionLines = actionLines
    }

    /// The scheme as published: €10,000, from 2022-09-01, to 2023-12-31 (no closing date was
    /// published), at most 4 months, and the eight POK action lines.
    public static let scheme = Rules(
        maximumAmount: Cents(euros: 10_000),
        openingDate: CalendarDay(year: 2022, month: 9, day: 1)!,
        closingDate: CalendarDay(year: 2023, month: 12, day: 31)!,
        maximumMonths: 4,
        actionLines: [
            ActionLine(id: "wijkteams", label: "Versterking wijkteams"),
            ActionLine(id: "integraal", label: "Integraal werken in het sociaal domein (Wams)"),
            ActionLine(id: "verward-gedrag", label: "(Hoog) risicovol verward gedrag, Zorg- en Veiligheidshuizen"),
            ActionLine(id: "rechtsbescherming", label: "Sociaal raadslieden, ombudsfunctie"),
            ActionLine(id: "toegang", label: "Snellere, eenvoudiger toegang"),
            ActionLine(id: "digitale-overheid", label: "Digitaal minder vaardigen, Informatiepunten Digitale Overheid"),
            ActionLine(id: "leervermogen", label: "Gemeenten leren van elkaar"),
            ActionLine(id: "privacy", label: "Privacy en gegevensdeling"),
        ])

    public func actionLine(_ id: String) -> ActionLine? { actionLines.first { $0.id == id } }
}
