/// Checks stored data against the rules, for data that did not come through `impuls`'s own
/// changes (hand edits, imports, merges): an amount above the maximum, two granted applications,
/// a period too long. `check` reports these; `import` refuses a dossier that has any. Two granted
/// or open applications that a blocking notice names (a merge kept both) are the notice's to report.
public enum RuleAudit {
    /// A rule a stored dossier breaks, and where: a key path inside the dossier's file
    /// (`applications[1].requestedCents`), so a message can point at the line.
    public struct Finding: Sendable, Equatable {
        public let reason: Reason
        public let keyPath: String
    }

    public static func findings(_ dossier: Dossier, rules: Rules) -> [Finding] {
        var findings: [Finding] = []
        for (i, application) in dossier.applications.enumerated() {
            let at = "applications[\(i)]."
            findings += ApplicationRules.amountReasons(application.requested, field: .requested, rules: rules).map { Finding(reason: $0, keyPath: at + "requestedCents") }
            if let granted = application.granted {
                findings += ApplicationRules.amountReasons(granted, field: .granted, rules: rules).map { Finding(reason: $0, keyPath: at + "grantedCents") }
                if granted > application.requested {
                    findings.append(Finding(reason: .grantedAboveRequested(granted: granted, requested: application.requested), keyPath: at + "grantedCents"))
                }
            }
            findings += ApplicationRules.periodReasons(start: application.plannedStart, end: application.plannedEnd, rules: rules)
                .map { Finding(reason: $0, keyPath: at + "plannedEnd") }
            findings += ApplicationRules.actionLineReasons(application.actionLines, rules: rules).map { Finding(reason: $0, keyPath: at + "actionLines") }
        }
        // One per municipality. A clash a merge made is named by its blocking notice, which says
        // what to do (withdraw one): that notice is the problem then, not a broken rule.
        let granted = dossier.applications.enumerated().filter { $0.element.status.isGranted }
        if granted.count > 1, !namedByNotice(granted.map(\.element), in: dossier) {
            findings.append(Finding(reason: .anotherGranted(title: granted[1].element.title, status: granted[1].element.status),
                                    keyPath: "applications[\(granted[1].offset)].status"))
        }
        let open = dossier.applications.enumerated().filter { $0.element.status.isOpen }
        if open.count > 1, !namedByNotice(open.map(\.element), in: dossier) {
            findings.append(Finding(reason: .openApplicationExists(title: open[0].element.title, status: open[0].element.status),
                                    keyPath: "applications[\(open[1].offset)].status"))
        }
        return findings
    }

    /// True when an open blocking notice (`twoGranted`, `twoOpen`) names two of these applications.
    static func namedByNotice(_ clashing: [Application], in dossier: Dossier) -> Bool {
        let ids = Set(clashing.map(\.id))
        return dossier.openNotices.contains { notice in
            notice.blocking && (notice.kind == .twoGranted || notice.kind == .twoOpen)
                && notice.kept.map(ids.contains) == true && notice.lost.map(ids.contains) == true && notice.kept != notice.lost
        }
    }

    public static func reasons(_ dossier: Dossier, rules: Rules) -> [Reason] { findings(dossier, rules: rules).map(\.reason) }

    /// What an incoming copy of a dossier (an import) adds that a former municipality may not take:
    /// new sessions or applications. Its existing records stay readable.
    public static func formerMunicipalityAdditions(_ incoming: Dossier, existing: Dossier?) -> [Finding] {
        guard let m = ReferenceData.shared.municipality(incoming.code), let successor = m.mergedInto else { return [] }
        let reason = Reason.formerMunicipality(name: m.name, successor: ReferenceData.shared.municipality(successor)?.name ?? successor.rawValue)
        let oldSessions = Set(existing?.sessions.map(\.id) ?? [])
        let oldApplications = Set(existing?.applications.map(\.id) ?? [])
        var findings: [Finding] = []
        for (i, s) in incoming.sessions.enumerated() where !oldSessions.contains(s.id) { findings.append(Finding(reason: reason, keyPath: "sessions[\(i)]")) }
        for (i, a) in incoming.applications.enumerated() where !oldApplications.contains(a.id) { findings.append(Finding(reason: reason, keyPath: "applications[\(i)]")) }
        return findings
    }
}
