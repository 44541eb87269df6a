import ImpulsCore

/// What the interface shows: the dossiers read from the data folder, the files that could not be
/// read, and the rules and day they are judged by. A plain value; the run loop builds it.
public struct Caseload: Sendable, Equatable {
    public var dossiers: [MunicipalityCode: Dossier]
    public var unreadable: [MunicipalityCode: FileIssue]
    /// Problems that belong to no municipality (a stray file in the folder).
    public var otherIssues: [FileIssue]
    /// Several folders read together: the municipalities with a dossier in more than one, every
    /// copy (`dossiers` holds the first folder's; see `DoubledDossier`).
    public var doubled: [MunicipalityCode: DoubledDossier] = [:]
    public var today: CalendarDay
    public var rules: Rules
    /// Who is recorded in the history of a change made here.
    public var actor: String
    /// This data folder's laptop id, recorded with `actor`: undo takes back only changes made with
    /// both (nil where no folder is written).
    public var laptop: String?
    /// The moment of the key being handled, set by the run loop before each key (the clock is an input).
    public var now: Timestamp
    /// This run's seed for history ids (see `ChangeContext.seed`).
    public var seed: UInt64

    public init(dossiers: [MunicipalityCode: Dossier] = [:], unreadable: [MunicipalityCode: FileIssue] = [:],
                otherIssues: [FileIssue] = [], today: CalendarDay, rules: Rules = .scheme, actor: String = "?",
                laptop: String? = nil, now: Timestamp? = nil, seed: UInt64 = 0) {
        self.actor = actor
        self.laptop = laptop
        self.now = now ?? Timestamp(day: today)
        self.seed = seed
        self.dossiers = dossiers
        self.unreadable = unreadable
        self.otherIssues = otherIssues
        self.today = today
        self.rules = rules
    }

    /// Every dossier read, a doubled one once per folder: what the figures count, as `status` does.
    public var everyCopy: [Dossier] {
        dossiers.flatMap { code, dossier in doubled[code].map { $0.copies.map(\.dossier) } ?? [dossier] }
    }

    public var context: ChangeContext { ChangeContext(rules: rules, today: today, actor: actor, laptop: laptop, now: now, seed: seed) }
}

/// One municipality's line in the region view, computed once per change, not per frame.
public struct RegionRow: Sendable, Equatable {
    public let municipality: Municipality
    public let status: ApplicationStatus?
    public let amount: Cents?
    public let lastContact: CalendarDay?
    public let openFollowUps: Int
    public let overdueFollowUps: Int
    public let unreadable: FileIssue?
    /// How many folders hold a dossier of it, when more than one (several folders read together).
    public let copies: Int?

    /// `figures`: the dossier's row figures, nil without a dossier.
    init(_ m: Municipality, figures: DossierFigures.Row?, issue: FileIssue?, copies: Int? = nil) {
        municipality = m
        status = figures?.current?.status
        amount = figures?.current.map { $0.granted ?? $0.requested }
        lastContact = figures?.lastContact
        openFollowUps = figures?.openFollowUps ?? 0
        overdueFollowUps = figures?.overdueFollowUps ?? 0
        unreadable = issue
        self.copies = copies
    }
}
