/// The interface language.
public enum Language: String, CaseIterable, Sendable {
    case nl, en

    /// From `LANG`-style text (`nl_NL.UTF-8` → nl, `en_GB` → en); nil when neither.
    public init?(localeIdentifier: String?) {
        guard let id = localeIdentifier?.lowercased() else { return nil }
        if id.hasPrefix("nl") { self = .nl } else if id.hasPrefix("en") { self = .en } else { return nil }
    }
}

/// The two regional teams of the Samenwerkingsplatform; the theme decides which one.
public enum Team: String, CaseIterable, Sendable {
    case zorgVeiligheid = "zorg-veiligheid"
    case opdrachtgeverschap = "opdrachtgeverschap"
}

/// What the user does with the program: an adviser works a caseload, a team lead looks across regions.
public enum Role: String, CaseIterable, Sendable {
    case adviser
    case teamLead = "team-lead"
}
