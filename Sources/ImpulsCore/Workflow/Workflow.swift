/// What a step needs besides the target status.
public struct StepInput: Sendable {
    public var note: String?
    public var granted: Cents?
    /// The day of the step; today when nil, except that completing needs the end date given.
    public var date: CalendarDay?
    public var outcome: String?

    public init(note: String? = nil, granted: Cents? = nil, date: CalendarDay? = nil, outcome: String? = nil) {
        self.note = note
        self.granted = granted
        self.date = date
        self.outcome = outcome
    }
}

/// The application workflow and its guards:
///
///     draft ──submit──▶ submitted ──approve──▶ approved ──start──▶ running ──complete──▶ completed
///       │                  │  └──reject──▶ rejected
///       └──withdraw──▶ withdrawn ◀──withdraw──┘ (also from approved, before it runs)
public enum Workflow {
    /// Every reason the step from the application's status to `target` is refused; empty when allowed.
    public static func reasons(for application: Application, to target: ApplicationStatus, input: StepInput,
                               others: [Application], context: ChangeContext) -> [Reason] {
        let rules = context.rules
        guard application.status.nextSteps.contains(target) else {
            return [.stepNotAllowed(from: application.status, to: target)]
        }
        var reasons: [Reason] = []
        let date = input.date ?? context.today
        if target == .completed, input.date == nil { reasons.append(.endDateRequired) }
        if date > context.today { reasons.append(.stepInFuture(date: date, today: context.today)) }
        if let previous = application.lastStepDate, date < previous {
            reasons.append(.stepBeforePrevious(date: date, previous: previous))
        }
        switch target {
        case .submitted:
            reasons += ApplicationRules.contentReasons(application, rules: rules)
            if date < rules.openingDate { reasons.append(.beforeOpening(date: date, opening: rules.openingDate)) }
            if date > rules.closingDate { reasons.append(.afterClosing(date: date, closing: rules.closingDate)) }
        case .approved:
            if let granted = input.granted {
                reasons += ApplicationRules.amountReasons(granted, field: .granted, rules: rules)
                if granted.value > 0, granted > application.requested {
                    reasons.append(.grantedAboveRequested(granted: granted, requested: application.requested))
                }
            } else {
                reasons.append(.grantedMissing)
            }
            if let other = others.first(where: { $0.id != application.id && $0.status.isGranted }) {
                reasons.append(.anotherGranted(title: other.title, status: other.status))
            }
        case .rejected, .withdrawn:
            if (input.note ?? "").trimmingSpaces.isEmpty { reasons.append(.noteRequired(target)) }
        case .running, .completed, .draft:
            break
        }
        return reasons
    }

    /// The application after the step, or the refusal with every reason.
    public static func advance(_ application: Application, to target: ApplicationStatus, input: StepInput,
                               others: [Application], context: ChangeContext) throws(Refusal) -> Application {
        let reasons = reasons(for: application, to: target, input: input, others: others, context: context)
        guard reasons.isEmpty else { throw Refusal(reasons) }
        var next = application
        next.status = target
        next.stepDates[target] = input.date ?? context.today
        if target == .approved { next.granted = input.granted }
        if target == .completed, let outcome = input.outcome?.trimmingSpaces, !outcome.isEmpty { next.outcome = outcome }
        return next
    }
}
