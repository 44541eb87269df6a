import ImpulsCore
import ImpulsText

/// The status report as one self-contained HTML page to send: the figures of `impuls status` and
/// the dashboard (from the same `StatusReport`), bar charts as inline SVG, the municipalities
/// behind every figure, the date and the data folders it was made from. No scripts, no fonts or
/// images from elsewhere; a print style sheet for A4. Every text is escaped, and the markup is
/// well-formed XML as well as HTML, so a program can read it back.
public struct StatusReportPage: Sendable {
    public var report: StatusReport
    /// One region was asked for (`--region`): it heads the page, and there is no total.
    public var singleRegion: Bool
    /// What the page covers, for its heading.
    public var scope: ReportText
    public var today: CalendarDay
    public var folders: [String]
    /// Dossier files that could not be read (and so are not counted).
    public var unreadableFiles: Int
    public var version: String
    public var language: Language

    public init(report: StatusReport, singleRegion: Bool, scope: ReportText, today: CalendarDay, folders: [String],
                unreadableFiles: Int, version: String, language: Language) {
        self.report = report
        self.singleRegion = singleRegion
        self.scope = scope
        self.today = today
        self.folders = folders
        self.unreadableFiles = unreadableFiles
        self.version = version
        self.language = language
    }

    /// The whole page.
    public func html() -> String {
        let l = language
        let headline = singleRegion ? report.regions[0] : report.rows.last ?? report.total
        let title = t(.documentTitle) + " — " + t(scope) + " — " + today.description
        var body = header()
        body += notes()
        body += HTML.element("section", [("id", "summary")],
                             "\n" + HTML.text("h2", [], t(.summary) + " — " + name(headline)) + "\n" + tiles(headline)
                             + charts(headline, id: "summary") + advisers(headline) + behind(headline)) + "\n"
        body += HTML.element("section", [("id", "regions")], "\n" + HTML.text("h2", [], t(.byRegion)) + "\n" + tables()) + "\n"
        if !singleRegion {
            for (index, region) in report.regions.enumerated() {
                let id = "region-\(index + 1)"
                body += HTML.element("section", [("class", "region"), ("id", id)],
                                     "\n" + HTML.text("h2", [], region.name) + "\n" + tiles(region) + charts(region, id: id) + behind(region)) + "\n"
            }
        }
        body += HTML.element("footer", [], "\n" + HTML.text("p", [], t(.definitions)) + "\n"
                             + HTML.text("p", [], t(.madeWith(version)) + " · " + t(.longDate(today))) + "\n") + "\n"
        return "<!DOCTYPE html>\n"
            + HTML.element("html", [("lang", l.rawValue)], "\n"
                + HTML.element("head", [], "\n" + HTML.empty("meta", [("charset", "utf-8")]) + "\n"
                    + HTML.empty("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]) + "\n"
                    + HTML.empty("meta", [("name", "generator"), ("content", "impuls " + version)]) + "\n"
                    + HTML.text("title", [], title) + "\n"
                    + HTML.element("style", [], ReportStyle.css) + "\n") + "\n"
                + HTML.element("body", [], "\n" + body) + "\n")
            + "\n"
    }

    // MARK: parts

    private func t(_ text: ReportText) -> String { Message.report(text, language) }

    private func name(_ region: RegionStatus) -> String { Message.statusRowName(region, report.totalScope).text(language) }

    private func header() -> String {
        let folderList = folders.map { HTML.text("code", [("class", "folder")], $0) }.joined(separator: ", ")
        return HTML.element("header", [], "\n"
            + HTML.text("h1", [], t(.documentTitle) + " — " + t(scope)) + "\n"
            + HTML.text("p", [("class", "scheme")], t(.scheme)) + "\n"
            + HTML.element("dl", [("class", "meta")],
                HTML.text("dt", [], t(.date)) + HTML.element("dd", [], HTML.text("time", [("datetime", today.description)], t(.longDate(today))))
                + HTML.text("dt", [], t(.madeFrom)) + HTML.element("dd", [], folderList))
            + "\n") + "\n"
    }

    private func notes() -> String {
        var items: [String] = []
        if !report.duplicates.isEmpty {
            items.append(t(.duplicates(report.duplicates.map { ReferenceData.shared.municipality($0)?.name ?? $0.rawValue })))
        }
        if unreadableFiles > 0 { items.append(t(.unreadable(unreadableFiles))) }
        guard !items.isEmpty else { return "" }
        return HTML.element("div", [("class", "notes")], items.map { HTML.text("p", [], $0) }.joined()) + "\n"
    }

    private func tiles(_ r: RegionStatus) -> String {
        func tile(_ label: String, _ figure: String, _ value: Int64, _ shown: String, _ detail: String?) -> String {
            HTML.element("div", [("class", "tile"), ("data-figure", figure), ("data-value", "\(value)")],
                         HTML.text("span", [("class", "label")], label) + HTML.text("strong", [], shown)
                         + (detail.map { HTML.text("span", [("class", "detail")], $0) } ?? ""))
        }
        let l = language
        return HTML.element("div", [("class", "tiles")],
            tile(Message.reportReached.text(l), "reached", Int64(r.reached.count), "\(r.reached.count)", t(.ofMunicipalities(r.municipalities.count)))
            + tile(Message.reportNotReached.text(l), "notReached", Int64(r.notReached.count), "\(r.notReached.count)", nil)
            + tile(Message.reportRequested.text(l), "requestedCents", r.requested.value, r.requested.formattedExact(l), nil)
            + tile(Message.reportGranted.text(l), "grantedCents", r.granted.value, r.granted.formattedExact(l), t(.grantedShare(permille: r.grantedPermille)))
            + tile(Message.reportOverdueFollowUps.text(l), "overdue.followUps", Int64(r.overdueFollowUps.count), "\(r.overdueFollowUps.count)", nil)) + "\n"
    }

    private func charts(_ r: RegionStatus, id: String) -> String {
        let l = language
        let region = r.name
        let named = " — " + name(r)
        func figure(_ caption: String, _ svg: String) -> String {
            HTML.element("figure", [("class", "chart")], HTML.text("figcaption", [], caption) + "\n" + svg)
        }
        let statuses = ApplicationStatus.allCases.map { s in
            ReportChart.Bar(label: Message.status(s, l), figure: "applications." + s.rawValue, value: Int64(r.count(s)), text: "\(r.count(s))",
                            color: ReportStyle.color(s))
        }
        let applications = ReportChart.bars(id: id + "-applications", title: t(.chartApplications) + named, region: region, chart: "applications",
                                            statuses, scale: Int64(max(1, statuses.map(\.value).max() ?? 1)))
        let budgetBars = [
            ReportChart.Bar(label: Message.reportCeiling.text(l), figure: "ceilingCents", value: r.ceiling.value, text: r.ceiling.formattedExact(l),
                            color: ReportStyle.ceiling),
            ReportChart.Bar(label: Message.reportRequested.text(l), figure: "requestedCents", value: r.requested.value,
                            text: r.requested.formattedExact(l), color: ReportStyle.requested),
            ReportChart.Bar(label: Message.reportGranted.text(l), figure: "grantedCents", value: r.granted.value,
                            text: r.granted.formattedExact(l) + " (" + t(.percent(permille: r.grantedPermille)) + ")", color: ReportStyle.granted),
        ]
        let budget = ReportChart.bars(id: id + "-budget", title: t(.chartBudget) + named, region: region, chart: "budget", budgetBars,
                                      scale: max(1, budgetBars.map(\.value).max() ?? 1), track: r.ceiling.value)
        let reach = ReportChart.stacked(id: id + "-reach", title: t(.chartReach) + named, region: region, chart: "reach", [
            ReportChart.Bar(label: Message.reportReached.text(l), figure: "reached", value: Int64(r.reached.count), text: "\(r.reached.count)",
                            color: ReportStyle.reached),
            ReportChart.Bar(label: Message.reportNotReached.text(l), figure: "notReached", value: Int64(r.notReached.count),
                            text: "\(r.notReached.count)", color: ReportStyle.notReached),
        ])
        let overdueBars = overdue(r).enumerated().map { index, item in
            ReportChart.Bar(label: item.label, figure: item.figure, value: Int64(item.codes.count), text: "\(item.codes.count)",
                            color: ReportStyle.overdue[index % ReportStyle.overdue.count])
        }
        let late = ReportChart.bars(id: id + "-overdue", title: t(.chartOverdue) + named, region: region, chart: "overdue", overdueBars,
                                    scale: max(1, overdueBars.map(\.value).max() ?? 1))
        return HTML.element("div", [("class", "charts")], "\n"
            + figure(t(.chartApplications), applications) + "\n" + figure(t(.chartBudget), budget) + "\n"
            + figure(t(.chartReach), reach) + "\n" + figure(t(.chartOverdue), late) + "\n") + "\n"
    }

    /// The overdue figures, as `status --format json` names them under `overdue`.
    private func overdue(_ r: RegionStatus) -> [(label: String, figure: String, codes: [MunicipalityCode])] {
        let l = language
        // "≥30 d" stays together (a no-break space): a heading that wraps leaves no lone "d".
        func together(_ label: String) -> String { label.replacing("≥30 d", with: "≥30\u{A0}d") }
        return [(Message.reportOverdueFollowUps.text(l), "overdue.followUps", r.overdueFollowUps),
                (Message.reportPastEnd.text(l), "overdue.runningPastEnd", r.runningPastEnd),
                (together(Message.reportStaleDrafts.text(l)), "overdue.staleDrafts", r.staleDrafts),
                (together(Message.reportNotStarted.text(l)), "overdue.approvedNotStarted", r.approvedNotStarted),
                (Message.reportNotices.text(l), "overdue.openNotices", r.openNotices)]
    }

    private func advisers(_ r: RegionStatus) -> String {
        let l = language
        guard !r.advisers.isEmpty else { return "" }
        let head = [Message.reportAdviser.text(l), Message.columnMunicipalities.text(l), Message.reportOpenApplications.text(l),
                    Message.reportSessions(30).text(l), Message.reportSessions(90).text(l)]
        let rows = r.advisers.map { a in
            [HTML.text("th", [("scope", "row")], a.name)] + [a.municipalities, a.openApplications, a.sessionsLast30Days, a.sessionsLast90Days]
                .map { HTML.text("td", [("class", "n")], "\($0)") }
        }
        return HTML.text("h3", [], t(.advisers)) + "\n" + table(head, rows, numericFrom: 1) + "\n"
    }

    /// The municipalities behind each figure (as `status --format json` lists them under `behind`).
    private func behind(_ r: RegionStatus) -> String {
        let l = language
        var lists: [(String, String, [MunicipalityCode])] = [(Message.reportNotReached.text(l), "notReached", r.notReached)]
        for s in ApplicationStatus.allCases { lists.append((Message.statusHeading(s).text(l), "applications." + s.rawValue, r.applications[s] ?? [])) }
        for item in overdue(r) { lists.append((item.label, item.figure, item.codes)) }
        var entries = ""
        for (label, figure, codes) in lists {
            entries += HTML.element("div", [("data-figure", figure), ("data-value", "\(codes.count)")],
                                    HTML.text("dt", [], label + " (\(codes.count))") + HTML.text("dd", [], names(codes))) + "\n"
        }
        return HTML.text("h3", [], t(.behindFigures)) + "\n" + HTML.element("dl", [("class", "behind")], "\n" + entries) + "\n"
    }

    /// Names in alphabetical order; a municipality that counts more than once (two applications
    /// in one status) is named once, with how often.
    private func names(_ codes: [MunicipalityCode]) -> String {
        guard !codes.isEmpty else { return t(.none) }
        var counts: [MunicipalityCode: Int] = [:]
        for code in codes { counts[code, default: 0] += 1 }
        let named = counts.keys.map { code in (code, ReferenceData.shared.municipality(code)?.name ?? code.rawValue) }
            .sorted { (Folding.fold($0.1), $0.0) < (Folding.fold($1.1), $1.0) }
        return named.map { code, name in counts[code, default: 1] > 1 ? name + " (" + t(.times(counts[code, default: 1])) + ")" : name }
            .joined(separator: ", ")
    }

    private func tables() -> String {
        let l = language
        let rows = singleRegion ? report.regions : report.rows
        func rowHead(_ r: RegionStatus) -> String {
            HTML.text("th", [("scope", "row")] + (r.name.isEmpty ? [("class", "total")] : []), name(r))
        }
        func cells(_ values: [String]) -> [String] { values.map { HTML.text("td", [("class", "n")], $0) } }
        // Reach and the statuses are two tables, so that each fits an A4 page and an 800 px window.
        let reachHead = [Message.columnRegion.text(l), Message.columnMunicipalities.text(l), Message.reportReached.text(l),
                         Message.reportNotReached.text(l)]
        let reachRows = rows.map { r in [rowHead(r)] + cells(["\(r.municipalities.count)", "\(r.reached.count)", "\(r.notReached.count)"]) }
        let statusHead = [Message.columnRegion.text(l)] + ApplicationStatus.allCases.map { Message.statusHeading($0).text(l) }
        let statusRows = rows.map { r in [rowHead(r)] + cells(ApplicationStatus.allCases.map { "\(r.count($0))" }) }
        let budgetHead = [Message.columnRegion.text(l), Message.reportRequestedAmount.text(l), Message.reportGrantedAmount.text(l),
                          Message.reportCeiling.text(l), "%"]
        let budgetRows = rows.map { r in
            [rowHead(r)] + cells([r.requested.formattedExact(l), r.granted.formattedExact(l), r.ceiling.formattedExact(l),
                                  t(.percent(permille: r.grantedPermille))])
        }
        let overdueHead = [Message.columnRegion.text(l)] + overdue(report.total).map(\.label)
        let overdueRows = rows.map { r in [rowHead(r)] + cells(overdue(r).map { "\($0.codes.count)" }) }
        return HTML.text("h3", [], t(.tableReach)) + "\n" + table(reachHead, reachRows, numericFrom: 1) + "\n"
            + HTML.text("h3", [], t(.chartApplications)) + "\n" + table(statusHead, statusRows, numericFrom: 1) + "\n"
            + HTML.text("h3", [], t(.tableBudget)) + "\n" + table(budgetHead, budgetRows, numericFrom: 1) + "\n"
            + HTML.text("h3", [], t(.tableOverdue)) + "\n" + table(overdueHead, overdueRows, numericFrom: 1) + "\n"
    }

    /// A table: headings (escaped here) and rows of cells (markup).
    private func table(_ head: [String], _ rows: [[String]], numericFrom: Int) -> String {
        let headRow = head.enumerated().map { index, text in
            HTML.text("th", [("scope", "col")] + (index >= numericFrom ? [("class", "n")] : []), text)
        }.joined()
        return HTML.element("table", [], HTML.element("thead", [], HTML.element("tr", [], headRow)) + "\n"
            + HTML.element("tbody", [], rows.map { HTML.element("tr", [], $0.joined()) }.joined(separator: "\n")))
    }
}
