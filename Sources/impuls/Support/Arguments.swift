import ArgumentParser
import ImpulsCore

extension CalendarDay: ExpressibleByArgument {
    /// `YYYY-MM-DD` or `DD-MM-YYYY`; an impossible day is a usage error.
    public init?(argument: String) { self.init(parsing: argument, acceptDutchOrder: true) }
}

/// An amount as people type it: `9500`, `9.500`, `9500,00`, `€ 9.500`.
struct AmountArgument: ExpressibleByArgument {
    let cents: Cents
    init?(argument: String) {
        guard let cents = Cents(parsing: argument) else { return nil }
        self.cents = cents
    }
}

extension SessionKind: ExpressibleByArgument {}
extension ApplicationStatus: ExpressibleByArgument {}
extension Team: ExpressibleByArgument {}

/// A follow-up given as `"YYYY-MM-DD TEXT"`, the notation of the session form, or as `TEXT@YYYY-MM-DD`.
struct FollowUpArgument: ExpressibleByArgument {
    let text: String
    let due: CalendarDay
    init?(argument: String) {
        guard let (due, text) = FollowUpNotation.parse(argument) else { return nil }
        self.text = text
        self.due = due
    }
}
