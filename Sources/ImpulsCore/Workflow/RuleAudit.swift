/// Checks stored data against the rules, for data that did not come through `impuls` (hand edits,
/// imports, merges): an amount above the maximum, two granted applications, a period too long.
public enum RuleAudit {
    public static func reasons(_ dossier: Dossier, rules: Rules) -> [Reason] {
        var reasons: [Reason] = []
        for application in dossier.applications {
            reasons += ApplicationRules.amountReasons(application.requested, field: .requested, rules: rules)
            if let granted = application.granted {
                reasons += ApplicationRules.amountReasons(granted, field: .granted, rules: rules)
                if granted > application.requested { reasons.append(.grantedAboveRequested(granted: granted, requested: application.requested)) }
            }
            reasons += ApplicationRules.periodReasons(start: application.plannedStart, end: application.plannedEnd, rules: rules)
        }
        let granted = dossier.applications.filter { $0.status.isGranted }
        if granted.count > 1 { reasons.append(.anotherGranted(title: granted[1].title, status: granted[1].status)) }
        return reasons
    }
}
