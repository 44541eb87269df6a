/// A small, fast, seedable random number generator (SplitMix64): the same seed, the same demo.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Realistic, deterministic demo dossiers made through the domain's own changes, so every rule
/// holds: real municipalities, sessions with follow-ups (some overdue), applications in every status.
public enum DemoGenerator {
    public enum Scale: String, CaseIterable, Sendable {
        /// 30 dossiers, about 600 sessions.
        case region
        /// 342 dossiers, about 7,000 sessions.
        case national
        /// 342 dossiers, about 70,000 sessions.
        case stress

        var dossiers: Int { self == .region ? 30 : 342 }
        var sessionsPerDossier: Int { self == .stress ? 256 : 25 }
    }

    /// The dossiers; `today` anchors the dates (kept inside the scheme's window so steps are valid).
    public static func make(scale: Scale, seed: UInt64, today: CalendarDay, rules: Rules, adviser: String,
                            municipalities: [Municipality]) -> [Dossier] {
        var rng = SeededGenerator(seed: seed)
        let anchor = min(today, rules.closingDate)
        let chosen = Array(municipalities.prefix(scale.dossiers))
        let advisers = adviser.isEmpty ? ["Anne de Vries", "Mehmet Yılmaz", "Sanne Bakker", "Jorien Hoekstra"] : [adviser]
        var result: [Dossier] = []
        for (index, m) in chosen.enumerated() {
            let who = advisers[index % advisers.count]
            var context = ChangeContext(rules: rules, today: anchor, actor: who)
            var dossier = Dossier(code: m.code, adviser: who, team: index % 3 == 0 ? .opdrachtgeverschap : .zorgVeiligheid)
            let contactCount = Int.random(in: 1...3, using: &rng)
            for c in 0..<contactCount {
                let (first, last) = (pick(firstNames, &rng), pick(lastNames, &rng))
                let contact = Contact(id: RecordID.make(using: &rng), name: first + " " + last, role: pick(roles, &rng),
                                      email: emailAddress(first: first, last: last, municipality: m.name),
                                      phone: "06-\(Int.random(in: 10_000_000...99_999_999, using: &rng))")
                context.today = anchor.adding(days: -400 + c)
                dossier = (try? dossier.addingContact(contact, context: context)) ?? dossier
            }
            // Sessions spread over the year before the anchor; every fifth dossier has not been reached.
            let sessionCount = index % 5 == 4 ? 0 : max(1, scale.sessionsPerDossier + Int.random(in: -5...5, using: &rng))
            let days = (0..<sessionCount).map { _ in Int.random(in: 0...360, using: &rng) }.sorted(by: >)
            for back in days {
                let date = anchor.adding(days: -back)
                context.today = date
                var followUps: [FollowUp] = []
                if Int.random(in: 0..<3, using: &rng) == 0 {
                    let due = date.adding(days: Int.random(in: 7...45, using: &rng))
                    followUps.append(FollowUp(id: RecordID.make(using: &rng), text: pick(followUpTexts, &rng), due: due,
                                              done: due < anchor && Int.random(in: 0..<4, using: &rng) != 0))
                }
                let lines = (0..<Int.random(in: 1...2, using: &rng)).map { _ in pick(rules.actionLines, &rng).id }
                let session = AdviceSession(
                    id: RecordID.make(using: &rng), date: date, kind: pick(SessionKind.allCases, &rng),
                    participants: Array(Set((0..<Int.random(in: 1...3, using: &rng)).map { _ in pick(firstNames, &rng) + " " + pick(lastNames, &rng) })).sorted(),
                    actionLines: Array(Set(lines)).sorted(), summary: summary(m, &rng),
                    minutes: [30, 45, 60, 90, 120].randomElement(using: &rng), followUps: followUps)
                dossier = (try? dossier.addingSession(session, context: context)) ?? dossier
            }
            if sessionCount > 0 { dossier = application(for: dossier, municipality: m, index: index, anchor: anchor, context: context, rng: &rng) }
            result.append(dossier)
        }
        return result
    }

    /// One application, taken to a status that cycles through every status of the workflow.
    private static func application(for dossier: Dossier, municipality m: Municipality, index: Int, anchor: CalendarDay,
                                    context base: ChangeContext, rng: inout SeededGenerator) -> Dossier {
        let targets: [ApplicationStatus] = [.draft, .submitted, .approved, .running, .completed, .rejected, .withdrawn, .running, .completed, .approved]
        let target = targets[index % targets.count]
        var context = base
        // How long ago it was made depends on how far it got, so open ones run now or soon.
        let age: ClosedRange<Int>
        switch target {
        case .draft: age = 3...45
        case .submitted: age = 10...25
        case .approved: age = 25...60
        case .running: age = 60...110
        case .completed, .rejected, .withdrawn: age = 150...300
        }
        let created = max(context.rules.openingDate, anchor.adding(days: -Int.random(in: age, using: &rng)))
        context.today = created
        let start = created.adding(days: Int.random(in: 20...40, using: &rng))
        let months = context.rules.maximumMonths
        let end = start.adding(months: Int.random(in: min(2, months)...months, using: &rng))
        // Whole hundreds of euros, at most the configured maximum (which may be tiny in a test config).
        let euros = min(Int64(Int.random(in: 40...100, using: &rng)) * 100, context.rules.maximumAmount.value / 100)
        let topic = pick(projectTitles, &rng)
        let application = Application(
            id: RecordID.make(using: &rng), title: "\(topic) \(m.name)", activities: pick(activityTexts, &rng),
            actionLines: [pick(context.rules.actionLines, &rng).id], team: dossier.team ?? .zorgVeiligheid,
            requested: Cents(euros: euros), plannedStart: start, plannedEnd: end)
        guard var d = try? dossier.addingApplication(application, context: context) else { return dossier }
        let path: [ApplicationStatus]
        switch target {
        case .draft: path = []
        case .submitted: path = [.submitted]
        case .approved: path = [.submitted, .approved]
        case .running: path = [.submitted, .approved, .running]
        case .completed: path = [.submitted, .approved, .running, .completed]
        case .rejected: path = [.submitted, .rejected]
        case .withdrawn: path = [.withdrawn]
        }
        var day = created
        for step in path {
            day = step == .running ? max(start, day.adding(days: 1)) : step == .completed ? end : day.adding(days: Int.random(in: 3...14, using: &rng))
            if day > anchor { break }
            context.today = day
            let granted = Cents(euros: max(1, euros - Int64(Int.random(in: 0...3, using: &rng)) * 250))
            let input = StepInput(note: step == .rejected ? "Past niet binnen de actielijnen" : step == .withdrawn ? "Gemeente kiest voor structurele POK-middelen" : nil,
                                  granted: step == .approved ? granted : nil, date: day,
                                  outcome: step == .completed ? "Training gegeven aan \(Int.random(in: 8...40, using: &rng)) medewerkers" : nil)
            guard let next = try? d.advancingApplication(to: step, input: input, context: context) else { break }
            d = next
        }
        return d
    }

    private static func summary(_ m: Municipality, _ rng: inout SeededGenerator) -> String {
        let first = pick(summaryOpeners, &rng).replacingPlaceholder(m.name)
        return Int.random(in: 0..<3, using: &rng) == 0 ? first + "\n" + pick(summaryDetails, &rng) : first + " " + pick(summaryDetails, &rng)
    }

    /// `tjitske.ozturk@sudwestfryslan.nl`: plain ASCII, as real addresses are, whatever the name's letters.
    static func emailAddress(first: String, last: String, municipality: String) -> String {
        func plain(_ text: String, keepHyphens: Bool) -> String {
            let words = Folding.fold(text).split(separator: " ").map { $0.filter { $0.isASCII && ($0.isLetter || $0.isNumber) } }
            return words.filter { !$0.isEmpty }.joined(separator: keepHyphens ? "-" : "")
        }
        return plain(first, keepHyphens: true) + "." + plain(last, keepHyphens: false) + "@" + plain(municipality, keepHyphens: false) + ".nl"
    }

    private static func pick<T>(_ list: [T], _ rng: inout SeededGenerator) -> T { list[Int.random(in: 0..<list.count, using: &rng)] }

    static let firstNames = ["Anouk", "Bram", "Chantal", "Daan", "Eline", "Fatima", "Gert-Jan", "Hanneke", "Iris", "Jelle", "Kees",
                             "Lotte", "Mohammed", "Noor", "Özlem", "Pieter", "Renée", "Siebe", "Tjitske", "Wouter", "Zoë", "Brechtje"]
    static let lastNames = ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer",
                            "Dijkstra", "Hoekstra", "van der Meer", "Öztürk", "El Amrani", "Brouwer", "Kuipers", "Wijnstra"]
    static let roles = ["beleidsadviseur sociaal domein", "teamleider wijkteam", "ombudsman", "wethouder", "projectleider dienstverlening",
                        "privacy officer", "coördinator schuldhulpverlening", "klantmanager"]
    static let followUpTexts = ["Concept-aanvraag nalopen", "Begroting opvragen", "Contact leggen met Zorg- en Veiligheidshuis",
                                "Voorbeeld training privacy sturen", "Terugbellen over planning", "Notulen delen met wijkteam",
                                "Actielijnen toelichten aan wethouder", "Offerte trainer bespreken"]
    static let projectTitles = ["Training privacy en gegevensdeling", "Versterking wijkgericht werken", "Positie ombudsman versterken",
                                "Snellere toegang schuldhulp", "Informatiepunt Digitale Overheid", "Integraal werken met Wams",
                                "Leerkring gemeenten", "Aanpak verward gedrag"]
    static let activityTexts = ["Twee trainingsdagen voor consulenten en een terugkomdag.",
                                "Werksessies met wijkteams, huisartsen en woningcorporaties; opstellen werkafspraken.",
                                "Onderzoek naar klachten en een plan voor de ombudsfunctie.",
                                "Inrichten spreekuur in de bibliotheek en scholing van vrijwilligers."]
    static let summaryOpeners = ["Intake met %@ over de mogelijkheden van het ondersteuningsbudget.",
                                 "Gesprek met het wijkteam van %@ over knelpunten in de toegang.",
                                 "%@ wil inzetten op privacy en gegevensdeling tussen domeinen.",
                                 "Overleg over de planning van het project in %@.",
                                 "Terugkoppeling aan %@ over de concept-aanvraag."]
    static let summaryDetails = ["Afgesproken dat de gemeente een begroting opstelt.", "Vervolgafspraak over vier weken.",
                                 "Wethouder is positief; ambtelijke capaciteit is een zorg.",
                                 "Koppeling met de POK-middelen besproken.", "Voorbeelden van andere gemeenten gedeeld."]
}

extension String {
    func replacingPlaceholder(_ value: String) -> String {
        split(separator: "%", omittingEmptySubsequences: false).enumerated().map { i, part in
            i == 0 ? String(part) : (part.hasPrefix("@") ? value + part.dropFirst() : "%" + part)
        }.joined()
    }
}
