/// Texts of the terminal views that carry no values.
public enum ScreenText: Sendable, Equatable {
    case viewDossier, viewAgenda, viewHelp
    case sectionOverview, sectionSessions, sectionApplication, sectionContacts, sectionFollowUps
    case labelAdviser, labelApplication, labelAmount, labelPeriod, labelLastContact, labelFollowUps, labelParticipants, labelActionLines, labelOutcome
    case noDossierYet, nothingYet, sessionsWord, overdueWord
    case columnStatus, columnAmount, columnLastContact, columnFollowUps, columnWhen, columnDate, columnWhat
    case agendaOverdue, agendaThisWeek, agendaLater, agendaProjectEnd, agendaProjectStart
    case onlyOneRegion, unreadableBadge, readOnlyMarker, filterTypingHint, helpFooter
}

extension Message {
    // Shorthands, so views read `Message.viewAgenda` like every other message.
    public static let viewDossier = Message.screen(.viewDossier)
    public static let viewAgenda = Message.screen(.viewAgenda)
    public static let viewHelp = Message.screen(.viewHelp)
    public static let sectionOverview = Message.screen(.sectionOverview)
    public static let sectionSessions = Message.screen(.sectionSessions)
    public static let sectionApplication = Message.screen(.sectionApplication)
    public static let sectionContacts = Message.screen(.sectionContacts)
    public static let sectionFollowUps = Message.screen(.sectionFollowUps)
    public static let labelAdviser = Message.screen(.labelAdviser)
    public static let labelApplication = Message.screen(.labelApplication)
    public static let labelAmount = Message.screen(.labelAmount)
    public static let labelPeriod = Message.screen(.labelPeriod)
    public static let labelLastContact = Message.screen(.labelLastContact)
    public static let labelFollowUps = Message.screen(.labelFollowUps)
    public static let labelParticipants = Message.screen(.labelParticipants)
    public static let labelActionLines = Message.screen(.labelActionLines)
    public static let labelOutcome = Message.screen(.labelOutcome)
    public static let noDossierYet = Message.screen(.noDossierYet)
    public static let nothingYet = Message.screen(.nothingYet)
    public static let sessionsWord = Message.screen(.sessionsWord)
    public static let overdueWord = Message.screen(.overdueWord)
    public static let columnStatus = Message.screen(.columnStatus)
    public static let columnAmount = Message.screen(.columnAmount)
    public static let columnLastContact = Message.screen(.columnLastContact)
    public static let columnFollowUps = Message.screen(.columnFollowUps)
    public static let columnWhen = Message.screen(.columnWhen)
    public static let columnDate = Message.screen(.columnDate)
    public static let columnWhat = Message.screen(.columnWhat)
    public static let agendaOverdue = Message.screen(.agendaOverdue)
    public static let agendaThisWeek = Message.screen(.agendaThisWeek)
    public static let agendaLater = Message.screen(.agendaLater)
    public static let agendaProjectEnd = Message.screen(.agendaProjectEnd)
    public static let agendaProjectStart = Message.screen(.agendaProjectStart)
    public static let onlyOneRegion = Message.screen(.onlyOneRegion)
    public static let unreadableBadge = Message.screen(.unreadableBadge)
    public static let readOnlyMarker = Message.screen(.readOnlyMarker)
    public static let filterTypingHint = Message.screen(.filterTypingHint)
    public static let helpFooter = Message.screen(.helpFooter)

    static func screenText(_ text: ScreenText, _ language: Language) -> String {
        let nl = language == .nl
        switch text {
        case .viewDossier: return "dossier"
        case .viewAgenda: return "agenda"
        case .viewHelp: return "help"
        case .sectionOverview: return nl ? "Overzicht" : "Overview"
        case .sectionSessions: return nl ? "Gesprekken" : "Sessions"
        case .sectionApplication: return nl ? "Aanvraag" : "Application"
        case .sectionContacts: return nl ? "Contacten" : "Contacts"
        case .sectionFollowUps: return nl ? "Acties" : "Follow-ups"
        case .labelAdviser: return nl ? "Adviseur: " : "Adviser: "
        case .labelApplication: return nl ? "Aanvraag: " : "Application: "
        case .labelAmount: return nl ? "Bedrag: " : "Amount: "
        case .labelPeriod: return nl ? "Looptijd: " : "Period: "
        case .labelLastContact: return nl ? "Laatste contact: " : "Last contact: "
        case .labelFollowUps: return nl ? "Acties: " : "Follow-ups: "
        case .labelParticipants: return nl ? "Deelnemers: " : "Participants: "
        case .labelActionLines: return nl ? "Actielijnen: " : "Action lines: "
        case .labelOutcome: return nl ? "Resultaat: " : "Outcome: "
        case .noDossierYet: return nl ? "Nog geen dossier: nog niets vastgelegd." : "No dossier yet: nothing recorded."
        case .nothingYet: return nl ? "(nog niets)" : "(nothing yet)"
        case .sessionsWord: return nl ? "gesprekken" : "sessions"
        case .overdueWord: return nl ? "te laat" : "overdue"
        case .columnStatus: return "Status"
        case .columnAmount: return nl ? "Bedrag" : "Amount"
        case .columnLastContact: return nl ? "Contact" : "Contact"
        case .columnFollowUps: return nl ? "Acties" : "To do"
        case .columnWhen: return nl ? "Wanneer" : "When"
        case .columnDate: return nl ? "Datum" : "Date"
        case .columnWhat: return nl ? "Wat" : "What"
        case .agendaOverdue: return nl ? "te laat" : "overdue"
        case .agendaThisWeek: return nl ? "deze week" : "this week"
        case .agendaLater: return "later"
        case .agendaProjectEnd: return nl ? "einde project" : "project ends"
        case .agendaProjectStart: return nl ? "start project" : "project starts"
        case .onlyOneRegion: return nl ? "Er is maar één regio ingesteld (config: regions)." : "Only one region is configured (config: regions)."
        case .unreadableBadge: return nl ? "onleesbaar" : "unreadable"
        case .readOnlyMarker: return nl ? "alleen-lezen" : "read-only"
        case .filterTypingHint: return nl ? "Typ om te zoeken · Enter klaar · Esc wissen" : "Type to filter · Enter done · Esc clear"
        case .helpFooter: return nl ? "Alles wordt direct opgeslagen. Esc of ? sluit de help." : "Everything is saved at once. Esc or ? closes help."
        }
    }
}

/// The sort orders, as the catalog names them.
public enum SortKey: Sendable, Equatable { case name, status, lastContact, overdue }
/// The parts of help.
public enum HelpSection: Sendable, Equatable { case region, dossier, agenda }
