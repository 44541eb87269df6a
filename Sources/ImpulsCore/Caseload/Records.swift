/// The kinds of advice session.
public enum SessionKind: String, CaseIterable, Sendable {
    case intake, advice, workshop, call
    case followUp = "follow-up"
}

/// Where an application stands in the workflow.
public enum ApplicationStatus: String, CaseIterable, Sendable, Comparable {
    case draft, submitted, approved, rejected, withdrawn, running, completed

    /// Not finished: it may still move on.
    public var isOpen: Bool { self == .draft || self == .submitted || self == .approved || self == .running }
    /// Money was granted: approved, running or completed.
    public var isGranted: Bool { self == .approved || self == .running || self == .completed }

    /// The steps the workflow allows from here, the usual next step first.
    public var nextSteps: [ApplicationStatus] {
        switch self {
        case .draft: [.submitted, .withdrawn]
        case .submitted: [.approved, .rejected, .withdrawn]
        case .approved: [.running, .withdrawn]
        case .running: [.completed]
        case .rejected, .withdrawn, .completed: []
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A person at the municipality.
public struct Contact: Hashable, Sendable {
    public var id: String
    public var name: String
    public var role: String
    public var email: String
    public var phone: String

    public init(id: String, name: String, role: String = "", email: String = "", phone: String = "") {
        self.id = id
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
    }
}

/// Something to do after a session, by a day.
public struct FollowUp: Hashable, Sendable {
    public var id: String
    public var text: String
    public var due: CalendarDay
    public var done: Bool

    public init(id: String, text: String, due: CalendarDay, done: Bool = false) {
        self.id = id
        self.text = text
        self.due = due
        self.done = done
    }
}

/// An advice session with a municipality.
public struct AdviceSession: Hashable, Sendable {
    public var id: String
    public var date: CalendarDay
    public var kind: SessionKind
    public var participants: [String]
    public var actionLines: [String]
    public var summary: String
    public var minutes: Int?
    /// How long a session may be said to have taken, in minutes (a week at most).
    public static let minutesRange = 1...10_080
    public var followUps: [FollowUp]

    public init(id: String, date: CalendarDay, kind: SessionKind, participants: [String] = [], actionLines: [String] = [],
                summary: String, minutes: Int? = nil, followUps: [FollowUp] = []) {
        self.id = id
        self.date = date
        self.kind = kind
        self.participants = participants
        self.actionLines = actionLines
        self.summary = summary
        self.minutes = minutes
        self.followUps = followUps
    }
}

/// An application for the ondersteuningsbudget.
public struct Application: Hashable, Sendable {
    public var id: String
    public var title: String
    public var activities: String
    public var actionLines: [String]
    public var team: Team
    public var requested: Cents
    public var granted: Cents?
    public var plannedStart: CalendarDay
    public var plannedEnd: CalendarDay
    public var status: ApplicationStatus
    /// The day of each step taken (draft is the day it was made).
    public var stepDates: [ApplicationStatus: CalendarDay]
    public var outcome: String?

    public init(id: String, title: String, activities: String = "", actionLines: [String], team: Team, requested: Cents,
                granted: Cents? = nil, plannedStart: CalendarDay, plannedEnd: CalendarDay, status: ApplicationStatus = .draft,
                stepDates: [ApplicationStatus: CalendarDay] = [:], outcome: String? = nil) {
        self.id = id
        self.title = title
        self.activities = activities
        self.actionLines = actionLines
        self.team = team
        self.requested = requested
        self.granted = granted
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
        self.status = status
        self.stepDates = stepDates
        self.outcome = outcome
    }

    /// The day it last moved.
    public var lastStepDate: CalendarDay? { stepDates[status] ?? stepDates.values.max() }
}

/// Everything about one municipality.
public struct Dossier: Hashable, Sendable {
    public var code: MunicipalityCode
    public var adviser: String
    public var team: Team?
    public var notes: String
    public var contacts: [Contact]
    public var sessions: [AdviceSession]
    public var applications: [Application]
    /// What merging copies of this dossier could not decide alone (see `Notice`).
    public var notices: [Notice]
    public var history: [HistoryEntry]

    public init(code: MunicipalityCode, adviser: String = "", team: Team? = nil, notes: String = "", contacts: [Contact] = [],
                sessions: [AdviceSession] = [], applications: [Application] = [], notices: [Notice] = [], history: [HistoryEntry] = []) {
        self.code = code
        self.adviser = adviser
        self.team = team
        self.notes = notes
        self.contacts = contacts
        self.sessions = sessions
        self.applications = applications
        self.notices = notices
        self.history = history
    }

}
