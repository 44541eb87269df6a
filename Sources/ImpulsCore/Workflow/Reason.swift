/// Why the scheme's rules refuse something. Each is stated in the catalog in the user's language.
public enum Reason: Hashable, Sendable {
    case amountNotPositive(field: AmountField)
    case amountAboveMaximum(field: AmountField, amount: Cents, maximum: Cents)
    case grantedMissing
    case grantedAboveRequested(granted: Cents, requested: Cents)
    case endNotAfterStart(start: CalendarDay, end: CalendarDay)
    case projectTooLong(start: CalendarDay, end: CalendarDay, months: Int, latestEnd: CalendarDay)
    case beforeOpening(date: CalendarDay, opening: CalendarDay)
    case afterClosing(date: CalendarDay, closing: CalendarDay)
    case noActionLine
    case unknownActionLine(String)
    case anotherGranted(title: String, status: ApplicationStatus)
    case openApplicationExists(title: String, status: ApplicationStatus)
    case noteRequired(ApplicationStatus)
    case endDateRequired
    case stepNotAllowed(from: ApplicationStatus, to: ApplicationStatus)
    case stepInFuture(date: CalendarDay, today: CalendarDay)
    case stepBeforePrevious(date: CalendarDay, previous: CalendarDay)
    case emptyTitle
    case emptySummary
    case emptyText
    case minutesNotPositive
    case noOpenApplication
    case formerMunicipality(successor: String)
    case nothingToUndo
    case editOnlyDraft(ApplicationStatus)
    case applicationsAreWithdrawn
    case cannotUndo
    case invalidDate(String)
    case invalidAmount(String)
    case invalidNumber(String)
    case invalidFollowUp(String)

    public enum AmountField: String, Sendable { case requested, granted }
}

/// A refused step: every reason that applies.
public struct Refusal: Error, Hashable, Sendable {
    public let reasons: [Reason]
    public init(_ reasons: [Reason]) { self.reasons = reasons }
}

/// Who does something, when, under which rules: what every change needs besides its input.
public struct ChangeContext: Sendable {
    public var rules: Rules
    public var today: CalendarDay
    public var actor: String

    public init(rules: Rules, today: CalendarDay, actor: String) {
        self.rules = rules
        self.today = today
        self.actor = actor
    }
}

/// Random record ids (8 hex digits): two advisers adding sessions to one dossier in two copies
/// of a folder do not collide when the copies are merged.
public enum RecordID {
    public static func make<R: RandomNumberGenerator>(using generator: inout R) -> String {
        let value = UInt32.random(in: 0...UInt32.max, using: &generator)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return make(using: &generator)
    }
}
