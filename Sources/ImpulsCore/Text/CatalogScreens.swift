/// Texts of the terminal views that carry no values.
public enum ScreenText: Sendable, Equatable {
    case viewDossier, viewAgenda, viewHelp
    case sectionOverview, sectionSessions, sectionApplication, sectionContacts, sectionFollowUps
    case labelAdviser, labelApplication, labelAmount, labelPeriod, labelLastContact, labelFollowUps, labelParticipants, labelActionLines, labelOutcome
    case noDossierYet, nothingYet, sessionsWord, overdueWord
    case columnStatus, columnAmount, columnLastContact, columnFollowUps, columnWhen, columnDate, columnWhat
    case agendaOverdue, agendaThisWeek, agendaLater, agendaProjectEnd, agendaProjectStart
    case onlyOneRegion, unreadableBadge, readOnlyMarker, filterTypingHint, helpFooter
    case viewDashboard, hintDashboard, hintNextFigure, hintPreviousFigure, dashboardBudget
    case reportReached, reportNotReached, reportRequested, reportGranted, reportCeiling, reportOverdueFollowUps, reportPastEnd, reportStaleDrafts, reportNotStarted, reportTotal, reportAdviser, reportOpenApplications
    case draftGone
    case hintEdit, hintNewContact, hintDelete, fieldName, fieldRole, fieldEmail, fieldPhone, fieldText, fieldDue, formNewContact, formEdit, nothingSelected, confirmDelete
    case hintNewApplication, fieldTitle, fieldRequested, fieldStart, fieldEnd, fieldTeam, fieldActivities, formNewApplication
    case hintNewSession, hintStep, hintToggleFollowUp, hintUndo, hintNextField, hintPreviousField, hintSave, hintCancel, readOnlyRefusal, fieldDate, fieldKind, fieldSummary, fieldParticipants, fieldActionLines, fieldMinutes, fieldFollowUps, fieldGranted, fieldOutcome, fieldNote, formNewSession, stepChooserTitle, confirmCancel, formKeys
    case unknownAuthorHint, fieldNoteRequired, fieldProjectEnd
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
    public static let viewDashboard = Message.screen(.viewDashboard)
    public static let hintDashboard = Message.screen(.hintDashboard)
    public static let hintNextFigure = Message.screen(.hintNextFigure)
    public static let hintPreviousFigure = Message.screen(.hintPreviousFigure)
    public static let dashboardBudget = Message.screen(.dashboardBudget)
    public static let reportReached = Message.screen(.reportReached)
    public static let reportNotReached = Message.screen(.reportNotReached)
    public static let reportRequested = Message.screen(.reportRequested)
    public static let reportGranted = Message.screen(.reportGranted)
    public static let reportCeiling = Message.screen(.reportCeiling)
    public static let reportOverdueFollowUps = Message.screen(.reportOverdueFollowUps)
    public static let reportPastEnd = Message.screen(.reportPastEnd)
    public static let reportStaleDrafts = Message.screen(.reportStaleDrafts)
    public static let reportNotStarted = Message.screen(.reportNotStarted)
    public static let reportTotal = Message.screen(.reportTotal)
    public static let reportAdviser = Message.screen(.reportAdviser)
    public static let reportOpenApplications = Message.screen(.reportOpenApplications)
    public static let draftGone = Message.screen(.draftGone)
    public static let hintEdit = Message.screen(.hintEdit)
    public static let hintNewContact = Message.screen(.hintNewContact)
    public static let hintDelete = Message.screen(.hintDelete)
    public static let fieldName = Message.screen(.fieldName)
    public static let fieldRole = Message.screen(.fieldRole)
    public static let fieldEmail = Message.screen(.fieldEmail)
    public static let fieldPhone = Message.screen(.fieldPhone)
    public static let fieldText = Message.screen(.fieldText)
    public static let fieldDue = Message.screen(.fieldDue)
    public static let formNewContact = Message.screen(.formNewContact)
    public static let formEdit = Message.screen(.formEdit)
    public static let nothingSelected = Message.screen(.nothingSelected)
    public static let confirmDelete = Message.screen(.confirmDelete)
    public static let hintNewApplication = Message.screen(.hintNewApplication)
    public static let fieldTitle = Message.screen(.fieldTitle)
    public static let fieldRequested = Message.screen(.fieldRequested)
    public static let fieldStart = Message.screen(.fieldStart)
    public static let fieldEnd = Message.screen(.fieldEnd)
    public static let fieldTeam = Message.screen(.fieldTeam)
    public static let fieldActivities = Message.screen(.fieldActivities)
    public static let formNewApplication = Message.screen(.formNewApplication)
    public static let hintNewSession = Message.screen(.hintNewSession)
    public static let hintStep = Message.screen(.hintStep)
    public static let hintToggleFollowUp = Message.screen(.hintToggleFollowUp)
    public static let hintUndo = Message.screen(.hintUndo)
    public static let hintNextField = Message.screen(.hintNextField)
    public static let hintPreviousField = Message.screen(.hintPreviousField)
    public static let hintSave = Message.screen(.hintSave)
    public static let hintCancel = Message.screen(.hintCancel)
    public static let readOnlyRefusal = Message.screen(.readOnlyRefusal)
    public static let fieldDate = Message.screen(.fieldDate)
    public static let fieldKind = Message.screen(.fieldKind)
    public static let fieldSummary = Message.screen(.fieldSummary)
    public static let fieldParticipants = Message.screen(.fieldParticipants)
    public static let fieldActionLines = Message.screen(.fieldActionLines)
    public static let fieldMinutes = Message.screen(.fieldMinutes)
    public static let fieldFollowUps = Message.screen(.fieldFollowUps)
    public static let fieldGranted = Message.screen(.fieldGranted)
    public static let fieldOutcome = Message.screen(.fieldOutcome)
    public static let fieldNote = Message.screen(.fieldNote)
    public static let formNewSession = Message.screen(.formNewSession)
    public static let stepChooserTitle = Message.screen(.stepChooserTitle)
    public static let confirmCancel = Message.screen(.confirmCancel)
    public static let formKeys = Message.screen(.formKeys)
    public static let unknownAuthorHint = Message.screen(.unknownAuthorHint)
    public static let fieldNoteRequired = Message.screen(.fieldNoteRequired)
    public static let fieldProjectEnd = Message.screen(.fieldProjectEnd)

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
        case .hintNewSession: return nl ? "nieuw gesprek" : "new session"
        case .hintStep: return nl ? "status aanvraag" : "application status"
        case .hintToggleFollowUp: return nl ? "actie klaar / open" : "follow-up done / open"
        case .hintUndo: return nl ? "ongedaan maken" : "undo"
        case .hintNextField: return nl ? "volgend veld" : "next field"
        case .hintPreviousField: return nl ? "vorig veld" : "previous field"
        case .hintSave: return nl ? "opslaan" : "save"
        case .hintCancel: return nl ? "annuleren" : "cancel"
        case .readOnlyRefusal: return nl ? "Alleen-lezen of onleesbaar dossier: niets gewijzigd." : "Read-only or unreadable dossier: nothing changed."
        case .fieldDate: return nl ? "Datum" : "Date"
        case .fieldKind: return nl ? "Soort" : "Kind"
        case .fieldSummary: return nl ? "Samenvatting" : "Summary"
        case .fieldParticipants: return nl ? "Deelnemers (komma's)" : "Participants (commas)"
        case .fieldActionLines: return nl ? "Actielijnen" : "Action lines"
        case .fieldMinutes: return nl ? "Duur (minuten)" : "Duration (minutes)"
        case .fieldFollowUps: return nl ? "Acties (JJJJ-MM-DD tekst)" : "Follow-ups (YYYY-MM-DD text)"
        case .fieldGranted: return nl ? "Toegekend bedrag" : "Granted amount"
        case .fieldOutcome: return nl ? "Resultaat" : "Outcome"
        case .fieldNote: return nl ? "Toelichting" : "Note"
        case .formNewSession: return nl ? "Nieuw adviesgesprek" : "New advice session"
        case .stepChooserTitle: return nl ? "Naar welke status?" : "To which status?"
        case .confirmCancel: return nl ? "Wat je typte weggooien? y/Enter ja · n/Esc nee" : "Discard what you typed? y/Enter yes · n/Esc no"
        case .formKeys: return nl ? "Tab volgend veld · Ctrl-S of Enter op het laatste veld: opslaan · Esc annuleren · t = vandaag · ←→ of spatie: kiezen · Ctrl-A/E: begin/eind · Ctrl-K/U/W: wissen · Alt-b/f: woord terug/verder" : "Tab next field · Ctrl-S or Enter on the last field: save · Esc cancel · t = today · ←→ or space: choose · Ctrl-A/E: start/end · Ctrl-K/U/W: delete · Alt-b/f: word back/forward"
        case .hintNewApplication: return nl ? "nieuwe aanvraag" : "new application"
        case .fieldTitle: return nl ? "Titel" : "Title"
        case .fieldRequested: return nl ? "Aangevraagd bedrag" : "Requested amount"
        case .fieldStart: return nl ? "Geplande start" : "Planned start"
        case .fieldEnd: return nl ? "Gepland einde" : "Planned end"
        case .fieldTeam: return nl ? "Team" : "Team"
        case .fieldActivities: return nl ? "Activiteiten" : "Activities"
        case .formNewApplication: return nl ? "Nieuwe aanvraag" : "New application"
        case .hintEdit: return nl ? "bewerken" : "edit"
        case .hintNewContact: return nl ? "nieuw contact" : "new contact"
        case .hintDelete: return nl ? "verwijderen" : "delete"
        case .fieldName: return nl ? "Naam" : "Name"
        case .fieldRole: return nl ? "Functie" : "Role"
        case .fieldEmail: return nl ? "E-mail" : "Email"
        case .fieldPhone: return nl ? "Telefoon" : "Phone"
        case .fieldText: return nl ? "Tekst" : "Text"
        case .fieldDue: return nl ? "Uiterlijk" : "Due"
        case .formNewContact: return nl ? "Nieuw contact" : "New contact"
        case .formEdit: return nl ? "Bewerken" : "Edit"
        case .nothingSelected: return nl ? "Kies eerst een regel in Gesprekken, Acties of Contacten." : "Select a line in Sessions, Follow-ups or Contacts first."
        case .confirmDelete: return nl ? "Verwijderen? (u maakt het ongedaan) y/Enter ja · n/Esc nee" : "Delete? (u undoes it) y/Enter yes · n/Esc no"
        case .draftGone: return nl ? "Het bewaarde formulier hoort bij iets dat er niet meer is; weggegooid." : "The kept form belongs to something that is gone; discarded."
        case .reportReached: return nl ? "Bereikt" : "Reached"
        case .reportNotReached: return nl ? "Niet bereikt" : "Not reached"
        case .reportRequested: return nl ? "Aangevraagd" : "Requested"
        case .reportGranted: return nl ? "Toegekend" : "Granted"
        case .reportCeiling: return nl ? "Plafond" : "Ceiling"
        case .reportOverdueFollowUps: return nl ? "Acties te laat" : "Overdue follow-ups"
        case .reportPastEnd: return nl ? "Over einddatum" : "Past end date"
        case .reportStaleDrafts: return nl ? "Concept ≥30 d" : "Draft ≥30 d"
        case .reportNotStarted: return nl ? "Niet gestart ≥30 d" : "Not started ≥30 d"
        case .reportTotal: return nl ? "Totaal (heel Nederland)" : "Total (all of the Netherlands)"
        case .reportAdviser: return nl ? "Adviseur" : "Adviser"
        case .reportOpenApplications: return nl ? "Lopende aanvragen" : "Open applications"
        case .viewDashboard: return nl ? "overzicht regio's" : "regions dashboard"
        case .hintDashboard: return nl ? "dashboard" : "dashboard"
        case .hintNextFigure: return nl ? "volgend cijfer" : "next figure"
        case .hintPreviousFigure: return nl ? "vorig cijfer" : "previous figure"
        case .dashboardBudget: return nl ? "Budget" : "Budget"
        case .fieldNoteRequired: return nl ? "Toelichting (verplicht)" : "Note (required)"
        case .fieldProjectEnd: return nl ? "Einddatum project" : "Project end date"
        case .unknownAuthorHint:
            return nl ? "‘onbekend’: er was geen adviseur ingesteld — zet \"adviser\" in de config (bijv. \"adviser\": \"Anne de Vries\"), dan staat je naam bij wat je vastlegt"
                : "‘unknown’: no adviser was set — put \"adviser\" in the config (e.g. \"adviser\": \"Anne de Vries\") and your name goes with what you record"
        case .helpFooter: return nl ? "Alles wordt direct opgeslagen. Esc of ? sluit de help." : "Everything is saved at once. Esc or ? closes help."
        }
    }
}

/// The sort orders, as the catalog names them.
public enum SortKey: Sendable, Equatable { case name, status, lastContact, overdue }
/// The parts of help.
public enum HelpSection: Sendable, Equatable { case region, dossier, agenda, dashboard, form }
