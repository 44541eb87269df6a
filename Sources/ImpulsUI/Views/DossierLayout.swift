import ImpulsCore
import ImpulsText

/// The dossier view's content: for each section a list of items, one line each, with details a
/// session shows when expanded. On the overview the open notices, and on the Application tab the
/// applications, are entries of one or more lines each, which ↑/↓ choose between.
enum DossierLayout {
    struct Item {
        var text: String
        var style: Style = .plain
        var detail: [String] = []
        /// The entry the line belongs to (a notice, an application, by its index), if any.
        var entry: Int?
        /// Drawn as chosen when its entry is: a notice's lines, an application's heading.
        var marked = false
    }

    /// Where each entry's lines are, by entry index: from its first line to its last.
    static func entries(_ items: [Item]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (line, item) in items.enumerated() {
            guard let entry = item.entry else { continue }
            if entry < ranges.count { ranges[entry] = ranges[entry].lowerBound..<(line + 1) } else { ranges.append(line..<(line + 1)) }
        }
        return ranges
    }

    static func title(_ section: DossierSection, _ l: Language) -> String {
        switch section {
        case .overview: return Message.sectionOverview.text(l)
        case .sessions: return Message.sectionSessions.text(l)
        case .application: return Message.sectionApplication.text(l)
        case .contacts: return Message.sectionContacts.text(l)
        case .followUps: return Message.sectionFollowUps.text(l)
        }
    }

    /// The section's lines; on the overview, the application, the contacts and the follow-ups a
    /// line too long for the window wraps (its next lines indented), so nothing there is cut (a
    /// contact or follow-up is then an entry of several lines, chosen whole).
    static func items(_ section: DossierSection, code: MunicipalityCode, state: AppState) -> [Item] {
        let raw = rawItems(section, code: code, state: state)
        guard section != .sessions else { return raw }
        let width = max(10, state.columns - 2)
        return raw.flatMap { item -> [Item] in
            guard DisplayWidth.of(item.text) > width else { return [item] }
            let indent = item.text.prefix { $0 == " " }.count
            let body = String(item.text.dropFirst(indent))
            return Text.wrap(body, width: max(4, width - indent - 2)).enumerated().map { i, line in
                var copy = item
                copy.text = String(repeating: " ", count: indent + (i == 0 ? 0 : 2)) + line
                return copy
            }
        }
    }

    static func rawItems(_ section: DossierSection, code: MunicipalityCode, state: AppState) -> [Item] {
        let l = state.language
        let today = state.caseload.today
        let data = ReferenceData.shared
        guard let m = data.municipality(code) else { return [] }
        if let issue = state.caseload.unreadable[code] {
            return Text.wrap(Message.dossierUnreadable(issue).text(l), width: max(10, state.columns - 2))
                .map { Item(text: $0, style: Style(bold: true, color: .red)) }
        }
        let d = state.caseload.dossiers[code]
        switch section {
        case .overview:
            var items = [Item(text: "\(m.name) · \(m.code.rawValue) · " + Message.ui(.labelProvince).text(l) + m.province + " · "
                              + Message.ui(.labelSafetyRegion).text(l) + m.safetyRegion, style: Style(bold: true))]
            if let successor = m.mergedInto, let on = m.mergedOn {
                items.append(Item(text: Message.formerMunicipality(successor: data.municipality(successor)?.name ?? successor.rawValue, on: on.description).text(l),
                                  style: Style(color: .yellow)))
            }
            guard let d else {
                items.append(Item(text: Message.noDossierYet.text(l), style: Style(dim: true)))
                return items
            }
            if !d.adviser.isEmpty { items.append(Item(text: Message.labelAdviser.text(l) + d.adviser + (d.team.map { " · team " + Message.teamLabel($0) } ?? ""))) }
            // Several folders read together: which hold this municipality's dossier, and what differs.
            if let doubled = state.caseload.doubled[code] {
                items.append(Item(text: "⚠ " + Message.doubledDossier(folders: doubled.folders, differences: doubled.differences).text(l),
                                  style: Style(color: .yellow)))
            }
            // What merging two people's work left for someone to look at, first.
            for (i, notice) in d.openNotices.enumerated() {
                items.append(Item(text: "⚠ " + Message.notice(notice, in: d).text(l), style: Style(bold: notice.blocking, color: notice.blocking ? .red : .yellow),
                                  entry: i, marked: true))
            }
            if let a = d.currentApplication {
                items.append(Item(text: Message.labelApplication.text(l) + Message.status(a.status, l) + " · " + a.title, style: Badge.style(a.status)))
                items.append(Item(text: Message.amountLine(requested: a.requested.formatted(l), granted: a.granted.map { $0.formatted(l) }).text(l)))
                items.append(Item(text: Message.labelPeriod.text(l) + "\(a.plannedStart) → \(a.plannedEnd)"))
                if let ended = endedLine(a, l) { items.append(Item(text: ended)) }
            } else {
                items.append(Item(text: Message.labelApplication.text(l) + "–"))
            }
            items.append(Item(text: Message.labelLastContact.text(l) + (d.lastContact?.description ?? "–") + " · " + Message.ui(.sessionsCount(d.sessions.count)).text(l)))
            let overdue = d.overdueFollowUps(today: today).count
            items.append(Item(text: Message.labelFollowUps.text(l) + "\(d.openFollowUps.count) open, \(overdue) " + Message.overdueWord.text(l),
                              style: overdue > 0 ? Style(color: .red) : .plain))
            for line in d.notes.split(separator: "\n", omittingEmptySubsequences: false) { items.append(Item(text: String(line))) }
            return items
        case .sessions:
            guard let d, !d.sessions.isEmpty else { return [Item(text: Message.nothingYet.text(l), style: Style(dim: true))] }
            // As wide as the longest kind (workshop/training), so none is cut.
            let kindWidth = SessionKind.allCases.map { DisplayWidth.of(Message.kind($0, l)) }.max() ?? 14
            let narrow = state.columns < 60
            return DossierFeature.sessionsInOrder(d).enumerated().flatMap { i, s -> [Item] in
                var detail: [String] = []
                if !s.participants.isEmpty { detail.append(Message.labelParticipants.text(l) + s.participants.joined(separator: ", ")) }
                if !s.actionLines.isEmpty { detail.append(Message.labelActionLines.text(l) + actionLineLabels(s.actionLines, state)) }
                detail += s.summary.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                for f in s.followUps { detail.append("[\(f.done ? "x" : " ")] \(f.due) \(f.text)") }
                let firstLine = s.summary.split(separator: "\n").first.map(String.init) ?? ""
                // Narrow: the date and kind on one line, the summary's start on the next (one entry).
                if narrow {
                    return [Item(text: "\(s.date)  \(Message.kind(s.kind, l))", entry: i, marked: true),
                            Item(text: "  " + firstLine, detail: detail, entry: i, marked: true)]
                }
                return [Item(text: "\(s.date)  \(DisplayWidth.pad(Message.kind(s.kind, l), to: kindWidth))  \(firstLine)", detail: detail)]
            }
        case .application:
            guard let d, !d.applications.isEmpty else { return [Item(text: Message.nothingYet.text(l), style: Style(dim: true))] }
            var items: [Item] = []
            for (i, a) in DossierFeature.applicationsInOrder(d).enumerated() {
                let start = items.count
                items.append(Item(text: "[\(Message.status(a.status, l))] \(a.title)", style: Badge.style(a.status).merging(bold: true), marked: true))
                items.append(Item(text: "  " + Message.amountLine(requested: a.requested.formatted(l), granted: a.granted.map { $0.formatted(l) }).text(l)))
                items.append(Item(text: "  " + Message.labelPeriod.text(l) + "\(a.plannedStart) → \(a.plannedEnd)"))
                if let ended = endedLine(a, l) { items.append(Item(text: "  " + ended)) }
                items.append(Item(text: "  " + Message.labelActionLines.text(l) + actionLineLabels(a.actionLines, state)))
                items.append(Item(text: "  " + Message.ui(.labelTeam).text(l) + Message.teamLabel(a.team)))
                if !a.activities.isEmpty { items.append(Item(text: "  " + a.activities)) }
                if let outcome = a.outcome { items.append(Item(text: "  " + Message.labelOutcome.text(l) + outcome)) }
                // Its history in sentences, with when and who (the title is the heading above).
                for (h, words) in Message.historyInWords(d, l, of: .application(a.id), namingApplication: false) {
                    items += historyLines(head: "  \(h.on)  \(Message.author(h.by).text(l))  ", words: words, width: state.columns - 2)
                        .map { Item(text: $0, style: Style(dim: true)) }
                }
                for line in start..<items.count { items[line].entry = i }
            }
            // Once, under the history: how "onbekend" becomes a name.
            if Message.isUnknownAuthor(state.caseload.actor),
               d.history.contains(where: { $0.subject.record?.kind == .application && Message.isUnknownAuthor($0.by) }) {
                items.append(Item(text: ""))
                items += Text.wrap(Message.unknownAuthorHint.text(l), width: max(10, state.columns - 4)).map { Item(text: "  " + $0, style: Style(color: .yellow)) }
            }
            return items
        case .contacts:
            guard let d, !d.contacts.isEmpty else { return [Item(text: Message.nothingYet.text(l), style: Style(dim: true))] }
            return d.contacts.enumerated().map { i, c in
                Item(text: [c.name, c.role, c.email, c.phone].filter { !$0.isEmpty }.joined(separator: " · "), entry: i, marked: true)
            }
        case .followUps:
            guard let d else { return [Item(text: Message.nothingYet.text(l), style: Style(dim: true))] }
            let all = DossierFeature.followUpsInOrder(d)
            if all.isEmpty { return [Item(text: Message.nothingYet.text(l), style: Style(dim: true))] }
            return all.enumerated().map { i, pair in
                let (s, f) = pair
                let overdue = !f.done && f.due < today
                return Item(text: "[\(f.done ? "x" : " ")] \(f.due)  \(f.text)  " + Message.ui(.followUpFrom(s.date.description)).text(l),
                            style: overdue ? Style(color: .red) : f.done ? Style(dim: true) : .plain, entry: i, marked: true)
            }
        }
    }
}

extension DossierLayout {
    /// Action lines by the config's labels (an id the config does not know stays as it is).
    static func actionLineLabels(_ ids: [String], _ state: AppState) -> String {
        ids.map { state.caseload.rules.actionLine($0)?.label ?? $0 }.joined(separator: ", ")
    }

    /// When a completed project actually ended, beside its planned end.
    static func endedLine(_ a: Application, _ l: Language) -> String? {
        guard a.status == .completed, let ended = a.stepDates[.completed] else { return nil }
        return Message.ui(.labelEnded).text(l) + ended.description + " (" + Message.ui(.labelPlanned).text(l) + " \(a.plannedEnd))"
    }

    /// A history entry: when and who, then the sentence, wrapped under its start; in a narrow
    /// window the sentence goes on lines of its own.
    static func historyLines(head: String, words: String, width: Int) -> [String] {
        let headWidth = DisplayWidth.of(head)
        if headWidth + DisplayWidth.of(words) <= width { return [head + words] }
        if width - headWidth >= 30 {
            let lines = Text.wrap(words, width: width - headWidth)
            let indent = String(repeating: " ", count: headWidth)
            return lines.enumerated().map { ($0.offset == 0 ? head : indent) + $0.element }
        }
        return [head] + Text.wrap(words, width: max(10, width - 4)).map { "    " + $0 }
    }
}

extension Style {
    func merging(bold: Bool) -> Style {
        var copy = self
        copy.bold = bold
        return copy
    }
}

/// The colour a status is shown in: colour carries meaning, the text says it too.
enum Badge {
    static func style(_ status: ApplicationStatus?) -> Style {
        switch status {
        case nil: return Style(dim: true)
        case .draft?: return Style(color: .gray)
        case .submitted?: return Style(color: .blue)
        case .approved?: return Style(color: .cyan)
        case .running?: return Style(color: .yellow)
        case .completed?: return Style(color: .green)
        case .rejected?: return Style(color: .red)
        case .withdrawn?: return Style(color: .magenta)
        }
    }
}
