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
    case formerMunicipality(name: String, successor: String)
    case nothingToUndo
    case editOnlyDraft(ApplicationStatus)
    case applicationsAreWithdrawn
    case cannotUndo
    /// The record (or notice) an id names is not (or no longer) in the dossier.
    case recordNotFound
    case unlikelyEmail(String)
    case unlikelyPhone(String)
    case periodBeforeOpening(start: CalendarDay, opening: CalendarDay)
    case periodAfterClosing(end: CalendarDay, closing: CalendarDay)
    case sessionInFuture(date: CalendarDay, today: CalendarDay)
    /// A warning: a project started or completed before its planned start.
    case stepBeforePlannedStart(ApplicationStatus, date: CalendarDay, plannedStart: CalendarDay)
    /// A warning: a project started or completed after its planned end.
    case stepAfterPlannedEnd(ApplicationStatus, date: CalendarDay, plannedEnd: CalendarDay)
    case nothingToRedo
    case undoWouldRemoveApplication(title: String)
    /// Two granted applications, from a merge: only a withdrawal may go on.
    case blockedByNotice
    /// Two open applications, from a merge: only a withdrawal may go on.
    case blockedByTwoOpen
    /// No application of the dossier is named so (all of them, to choose from).
    case applicationNotFound(String, among: [Application])
    /// More than one application is named so (those, to choose from).
    case applicationAmbiguous(String, among: [Application])
    /// More than one application could take the step, and none was named (those, to choose from).
    case applicationNotChosen(ApplicationStatus, among: [Application])
    case invalidDate(String)
    case invalidAmount(String)
    case invalidNumber(String)
    /// A value a field cannot take: no choice of it, or a field only a step changes.
    case invalidValue(String)
    case invalidFollowUp(String)
    /// An undo or redo that a colleague's later change builds on (see `LaterChange`).
    case builtOnLater(LaterChange)

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
    /// The laptop the change is made on (its data folder's id), recorded with `actor`; nil where no
    /// folder is written (tests, the demo).
    public var laptop: String?
    /// The moment of the change, to order it against changes made elsewhere (default: `today`'s start).
    public var now: Timestamp
    /// Makes this run's history ids differ from every other run's (a random number per process;
    /// fixed in tests and the demo).
    public var seed: UInt64

    public init(rules: Rules, today: CalendarDay, actor: String, laptop: String? = nil, now: Timestamp? = nil, seed: UInt64 = 0) {
        self.rules = rules
        self.today = today
        self.actor = actor
        self.laptop = laptop
        self.now = now ?? Timestamp(day: today)
        self.seed = seed
    }

    /// Who makes the change: the adviser on this laptop.
    public var author: Author { Author(name: actor, laptop: laptop) }
}

/// Random record ids (16 hex digits, 64 bits): two advisers adding sessions to one dossier on two
/// laptops do not collide when their copies are merged. (Older files have 8-digit ids; both read.)
public enum RecordID {
    public static func make<R: RandomNumberGenerator>(using generator: inout R) -> String {
        let value = UInt64.random(in: 0...UInt64.max, using: &generator)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return make(using: &generator)
    }
}
