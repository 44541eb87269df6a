import ImpulsCore

/// `impuls status --format json`: every figure of the report, amounts in cents, and the
/// municipalities behind each figure. Keys are stable English words, never the catalog's (the
/// table and CSV are worded and stay with the command).
public enum StatusJSON {
    public static func encode(_ report: StatusReport, today: CalendarDay) -> [UInt8] {
        func codes(_ list: [MunicipalityCode]) -> JSONNode { .strings(list.map(\.rawValue)) }
        func region(_ r: RegionStatus) -> JSONNode {
            let statuses: [(String, JSONNode?)] = ApplicationStatus.allCases.map { ($0.rawValue, JSONNode.int(r.count($0))) }
            let behindStatuses: [(String, JSONNode?)] = ApplicationStatus.allCases.map { ($0.rawValue, codes(r.applications[$0] ?? [])) }
            let overdue: JSONNode = .object([("followUps", .int(r.overdueFollowUps.count)), ("runningPastEnd", .int(r.runningPastEnd.count)),
                                             ("staleDrafts", .int(r.staleDrafts.count)), ("approvedNotStarted", .int(r.approvedNotStarted.count)),
                                             ("openNotices", .int(r.openNotices.count))])
            let advisers: [JSONNode] = r.advisers.map { a in
                JSONNode.object([("name", .string(a.name)), ("municipalities", .int(a.municipalities)), ("openApplications", .int(a.openApplications)),
                                 ("sessionsLast30Days", .int(a.sessionsLast30Days)), ("sessionsLast90Days", .int(a.sessionsLast90Days))])
            }
            let behind: JSONNode = .object([
                ("notReached", codes(r.notReached)), ("applications", .object(behindStatuses)),
                ("overdueFollowUps", codes(r.overdueFollowUps)), ("runningPastEnd", codes(r.runningPastEnd)),
                ("staleDrafts", codes(r.staleDrafts)), ("approvedNotStarted", codes(r.approvedNotStarted)),
                ("openNotices", codes(r.openNotices)),
            ])
            var members: [(String, JSONNode?)] = [("name", r.name.isEmpty ? nil : .string(r.name))]
            members.append(("municipalities", .int(r.municipalities.count)))
            members.append(("reached", .int(r.reached.count)))
            members.append(("notReached", .int(r.notReached.count)))
            members.append(("applications", .object(statuses)))
            members.append(("requestedCents", .int64(r.requested.value)))
            members.append(("grantedCents", .int64(r.granted.value)))
            members.append(("ceilingCents", .int64(r.ceiling.value)))
            members.append(("grantedPermille", .int(r.grantedPermille)))
            members.append(("overdue", overdue))
            members.append(("advisers", .array(advisers)))
            members.append(("behind", behind))
            return .object(members)
        }
        return JSONWriter.write(.object([
            ("today", .day(today)), ("regions", .array(report.regions.map(region))), ("total", region(report.total)),
            ("totalCovers", .string(report.totalScope == .country ? "country" : "regions")),
            ("duplicates", codes(report.duplicates)),
        ]))
    }
}
