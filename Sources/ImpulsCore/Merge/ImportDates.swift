/// The dates an import may bring in, by the rules the command line and the interface keep when a
/// record is made or changed: no session after today; an application's steps not after today, each
/// on or after the one before it, submitted within the scheme's window. (A follow-up may be due on
/// any day, there as here.) Only what the import brings is checked — a record the folder lacks, or
/// whose dates differ from the folder's copy — so a record already in the folder never blocks one.
public enum ImportDates {
    /// What `incoming` brings that breaks those rules, each with its key path inside the dossier
    /// (`sessions[2].date`, `applications[0].steps.submitted`).
    public static func findings(_ incoming: Dossier, existing: Dossier?, today: CalendarDay, rules: Rules) -> [RuleAudit.Finding] {
        var findings: [RuleAudit.Finding] = []
        let sessions = Dictionary((existing?.sessions ?? []).map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        for (i, session) in incoming.sessions.enumerated() where session.date > today && sessions[session.id] != session.date {
            findings.append(RuleAudit.Finding(reason: .sessionInFuture(date: session.date, today: today), keyPath: "sessions[\(i)].date"))
        }
        let steps = Dictionary((existing?.applications ?? []).map { ($0.id, $0.stepDates) }, uniquingKeysWith: { first, _ in first })
        for (i, application) in incoming.applications.enumerated() where steps[application.id] != application.stepDates {
            findings += stepReasons(application, today: today, rules: rules).map {
                RuleAudit.Finding(reason: $0.reason, keyPath: "applications[\(i)].steps.\($0.step.rawValue)")
            }
        }
        return findings
    }

    /// The path the workflow takes, in order; rejected and withdrawn end it from any of these.
    private static let path: [ApplicationStatus] = [.draft, .submitted, .approved, .running, .completed]

    /// Why an application's step days could not have been recorded, and at which step.
    static func stepReasons(_ application: Application, today: CalendarDay, rules: Rules) -> [(step: ApplicationStatus, reason: Reason)] {
        let days = application.stepDates
        var reasons: [(step: ApplicationStatus, reason: Reason)] = []
        for step in ApplicationStatus.allCases {
            if let date = days[step], date > today { reasons.append((step, .stepInFuture(date: date, today: today))) }
        }
        var previous: CalendarDay?
        for step in path {
            guard let date = days[step] else { continue }
            if let previous, date < previous { reasons.append((step, .stepBeforePrevious(date: date, previous: previous))) }
            previous = max(previous ?? date, date)
        }
        for step in [ApplicationStatus.rejected, .withdrawn] {
            if let date = days[step], let previous, date < previous { reasons.append((step, .stepBeforePrevious(date: date, previous: previous))) }
        }
        if let submitted = days[.submitted] {
            if submitted < rules.openingDate { reasons.append((.submitted, .beforeOpening(date: submitted, opening: rules.openingDate))) }
            if submitted > rules.closingDate { reasons.append((.submitted, .afterClosing(date: submitted, closing: rules.closingDate))) }
        }
        return reasons
    }
}
