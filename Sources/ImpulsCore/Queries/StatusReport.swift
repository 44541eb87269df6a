/// One adviser's share of a region's work: the dossiers they own (municipalities, open
/// applications) and the sessions they logged, in whoever's dossier. Everyone who owns a dossier
/// or did work in the last 90 days (by the history) has one.
public struct AdviserLoad: Sendable, Equatable {
    public let name: String
    public let municipalities: Int
    public let openApplications: Int
    public let sessionsLast30Days: Int
    public let sessionsLast90Days: Int
}

/// Where one region stands: the figures a team lead asks for, each with the municipalities behind it.
public struct RegionStatus: Sendable, Equatable {
    public let name: String
    /// The region's municipalities of 2023.
    public let municipalities: [MunicipalityCode]
    /// At least one advice session.
    public let reached: [MunicipalityCode]
    public let notReached: [MunicipalityCode]
    /// Applications per status, as the municipalities they belong to (one entry per application).
    public let applications: [ApplicationStatus: [MunicipalityCode]]
    /// Requested: applications submitted and not rejected or withdrawn. Granted: approved, running, completed.
    public let requested: Cents
    public let granted: Cents
    /// Municipalities × the maximum amount.
    public let ceiling: Cents
    public let overdueFollowUps: [MunicipalityCode]
    public let runningPastEnd: [MunicipalityCode]
    public let staleDrafts: [MunicipalityCode]
    public let approvedNotStarted: [MunicipalityCode]
    /// Municipalities with a notice from merging two people's work that nobody has resolved yet.
    public let openNotices: [MunicipalityCode]
    public let advisers: [AdviserLoad]

    /// The share of the ceiling granted, in tenths of a percent (exact integer arithmetic).
    public var grantedPermille: Int { granted.parts(of: ceiling, per: 1000) }

    public func count(_ status: ApplicationStatus) -> Int { applications[status]?.count ?? 0 }
}

/// The status report: per region and for all of them together, from dossiers and `today`.
public struct StatusReport: Sendable, Equatable {
    /// What the total covers, so it is named for it: all of the Netherlands, or the regions shown.
    public enum TotalScope: Sendable, Equatable {
        case country
        /// The municipalities of this many regions together (each counted once), short of the whole country.
        case regions(Int)
    }

    public let regions: [RegionStatus]
    /// The regions shown together (their municipalities each counted once), or the whole country.
    public let total: RegionStatus
    public let totalScope: TotalScope
    /// Municipalities with a dossier in more than one folder: both are counted, and this says so.
    public let duplicates: [MunicipalityCode]

    /// The rows of a table of the report: the regions, then the total — unless it is the total of
    /// one region, which would repeat that region's row.
    public var rows: [RegionStatus] {
        if case .regions(1) = totalScope, regions.count == 1 { return regions }
        return regions + [total]
    }

    /// `dossiers` may hold the same municipality twice (two folders): both count, and it is listed.
    /// The total covers the regions given, or the whole country when `wholeCountry` (a view that
    /// shows all of the Netherlands among its regions) or when no region is given.
    public static func make(dossiers: [Dossier], regions: [Region], wholeCountry: Bool = false, rules: Rules, today: CalendarDay,
                            data: ReferenceData = .shared) -> StatusReport {
        make(figures: dossiers.map { DossierFigures($0, today: today) }, regions: regions, wholeCountry: wholeCountry, rules: rules, data: data)
    }

    /// The same from each dossier's figures (made for the same `today`).
    public static func make(figures dossiers: [DossierFigures], regions: [Region], wholeCountry: Bool = false, rules: Rules,
                            data: ReferenceData = .shared) -> StatusReport {
        var seen = Set<MunicipalityCode>(), duplicates = Set<MunicipalityCode>()
        for d in dossiers where !seen.insert(d.code).inserted { duplicates.insert(d.code) }
        let country = wholeCountry || regions.isEmpty
        func status(name: String, contains: (Municipality) -> Bool) -> RegionStatus {
            let members = data.current.filter(contains).map(\.code)
            let inRegion = dossiers.filter { d in data.municipality(d.code).map(contains) ?? false }
            let reachedSet = Set(inRegion.filter(\.hasSessions).map(\.code))
            var perStatus: [ApplicationStatus: [MunicipalityCode]] = [:]
            var requested = Cents.zero, granted = Cents.zero
            for d in inRegion {
                for a in d.applications {
                    perStatus[a.status, default: []].append(d.code)
                    if a.status == .submitted || a.status.isGranted { requested = requested + a.requested }
                    if a.status.isGranted, let g = a.granted { granted = granted + g }
                }
            }
            func codes(_ test: (DossierFigures) -> Bool) -> [MunicipalityCode] { inRegion.filter(test).map(\.code).sorted() }
            // The dossiers each adviser owns, and the work each person did (owners or not).
            var owned: [String: [DossierFigures]] = [:], work: [String: AdviserWork] = [:]
            for d in inRegion {
                owned[d.adviser.isEmpty ? "–" : d.adviser, default: []].append(d)
                for (name, done) in d.work {
                    let key = name.isEmpty ? "–" : name
                    work[key] = (work[key] ?? AdviserWork()) + done
                }
            }
            let workers = work.filter { $0.value.active || $0.value.sessionsLast90Days > 0 }.keys
            let loads = Set(owned.keys).union(workers).sorted().map { name -> AdviserLoad in
                let list = owned[name] ?? [], done = work[name] ?? AdviserWork()
                return AdviserLoad(name: name, municipalities: Set(list.map(\.code)).count,
                                   openApplications: list.reduce(0) { $0 + $1.applications.filter(\.status.isOpen).count },
                                   sessionsLast30Days: done.sessionsLast30Days, sessionsLast90Days: done.sessionsLast90Days)
            }
            return RegionStatus(
                name: name, municipalities: members,
                reached: members.filter(reachedSet.contains) + reachedSet.subtracting(members).sorted(),
                notReached: members.filter { !reachedSet.contains($0) },
                applications: perStatus.mapValues { $0.sorted() }, requested: requested, granted: granted,
                ceiling: rules.maximumAmount * members.count,
                overdueFollowUps: codes(\.hasOverdueFollowUps),
                runningPastEnd: codes(\.hasProjectsPastEnd),
                staleDrafts: codes(\.hasStaleDrafts),
                approvedNotStarted: codes(\.hasApprovedNotStarted),
                openNotices: codes(\.hasOpenNotices),
                advisers: loads)
        }
        let total = status(name: "") { m in country || regions.contains { $0.contains(m) } }
        let scope: TotalScope = country || total.municipalities.count == data.current.count ? .country : .regions(regions.count)
        return StatusReport(regions: regions.map { region in status(name: region.name, contains: region.contains) }, total: total,
                            totalScope: scope, duplicates: duplicates.sorted())
    }
}
