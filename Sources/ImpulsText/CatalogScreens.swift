import ImpulsCore

/// Texts of the terminal views that carry no values.
extension Message {
    public static let viewDossier = Message(both: "dossier")
    public static let viewAgenda = Message(both: "agenda")
    public static let viewHelp = Message(both: "help")
    public static let sectionOverview = Message(nl: "Overzicht", en: "Overview")
    public static let sectionSessions = Message(nl: "Gesprekken", en: "Sessions")
    public static let sectionApplication = Message(nl: "Aanvraag", en: "Application")
    public static let sectionContacts = Message(nl: "Contacten", en: "Contacts")
    public static let sectionFollowUps = Message(nl: "Acties", en: "Follow-ups")
    public static let labelAdviser = Message(nl: "Adviseur: ", en: "Adviser: ")
    public static let labelApplication = Message(nl: "Aanvraag: ", en: "Application: ")
    /// An application's amounts, each named: "Bedrag: aangevraagd € 7.500,00 · toegekend € 7.000,00".
    public static func amountLine(requested: String, granted: String?) -> Message {
        guard let granted else { return Message(nl: "Bedrag: aangevraagd \(requested)", en: "Amount: requested \(requested)") }
        return Message(nl: "Bedrag: aangevraagd \(requested) · toegekend \(granted)", en: "Amount: requested \(requested) · granted \(granted)")
    }
    public static let labelPeriod = Message(nl: "Looptijd: ", en: "Period: ")
    public static let labelLastContact = Message(nl: "Laatste contact: ", en: "Last contact: ")
    public static let labelFollowUps = Message(nl: "Acties: ", en: "Follow-ups: ")
    public static let labelParticipants = Message(nl: "Deelnemers: ", en: "Participants: ")
    public static let labelActionLines = Message(nl: "Actielijnen: ", en: "Action lines: ")
    public static let labelOutcome = Message(nl: "Resultaat: ", en: "Outcome: ")
    public static let noDossierYet = Message(nl: "Nog geen dossier: nog niets vastgelegd.", en: "No dossier yet: nothing recorded.")
    public static let nothingYet = Message(nl: "(nog niets)", en: "(nothing yet)")
    public static let overdueWord = Message(nl: "te laat", en: "overdue")
    public static let columnStatus = Message(both: "Status")
    public static let columnAmount = Message(nl: "Bedrag", en: "Amount")
    public static let columnLastContact = Message(nl: "Contact", en: "Contact")
    public static let columnFollowUps = Message(nl: "Acties", en: "Follow-ups")
    public static let columnWhen = Message(nl: "Wanneer", en: "When")
    public static let columnDate = Message(nl: "Datum", en: "Date")
    public static let columnWhat = Message(nl: "Wat", en: "What")
    public static let agendaOverdue = Message(nl: "te laat", en: "overdue")
    public static let agendaThisWeek = Message(nl: "deze week", en: "this week")
    public static let agendaLater = Message(both: "later")
    public static let agendaProjectEnd = Message(nl: "einde project", en: "project ends")
    public static let agendaProjectStart = Message(nl: "start project", en: "project starts")
    public static let onlyOneRegion = Message(nl: "Er is maar één regio ingesteld (config: regions).", en: "Only one region is configured (config: regions).")
    public static let unreadableBadge = Message(nl: "onleesbaar", en: "unreadable")
    public static let readOnlyMarker = Message(nl: "alleen-lezen", en: "read-only")
    /// `S` in an interface opened read-only.
    public static let readOnlyNoSync = Message(nl: "Alleen-lezen geopend (--read-only, of meer dan één gegevensmap): er wordt niets gedeeld.",
                                               en: "Opened read-only (--read-only, or more than one data folder): nothing is shared.")
    /// In the region view's header, before the figures, while a filter narrows the rows.
    public static let filteredMarker = Message(nl: "gefilterd", en: "filtered")
    public static let filterTypingHint = Message(nl: "Typ om te zoeken · Enter klaar · Esc wissen", en: "Type to filter · Enter done · Esc clear")
    public static let helpFooter = Message(nl: "Alles wordt direct opgeslagen. Esc of ? sluit de help.", en: "Everything is saved at once. Esc or ? closes help.")
    public static let viewDashboard = Message(nl: "overzicht regio's", en: "regions dashboard")
    public static let hintDashboard = Message(nl: "dashboard", en: "dashboard")
    public static let hintNextFigure = Message(nl: "volgend cijfer", en: "next figure")
    public static let hintPreviousFigure = Message(nl: "vorig cijfer", en: "previous figure")
    public static let reportReached = Message(nl: "Bereikt", en: "Reached")
    public static let reportNotReached = Message(nl: "Niet bereikt", en: "Not reached")
    public static let reportRequested = Message(nl: "Aangevraagd", en: "Requested")
    public static let reportGranted = Message(nl: "Toegekend", en: "Granted")
    public static let reportCeiling = Message(nl: "Plafond", en: "Ceiling")
    /// The amounts as column headings beside the statuses' counts, where "Toegekend" alone would name both.
    public static let reportRequestedAmount = Message(nl: "Bedrag aangevraagd", en: "Amount requested")
    public static let reportGrantedAmount = Message(nl: "Bedrag toegekend", en: "Amount granted")
    public static let reportOverdueFollowUps = Message(nl: "Acties te laat", en: "Overdue follow-ups")
    public static let reportPastEnd = Message(nl: "Over einddatum", en: "Past end date")
    public static let reportStaleDrafts = Message(nl: "Concept ≥30 d", en: "Draft ≥30 d")
    public static let reportNotStarted = Message(nl: "Niet gestart ≥30 d", en: "Not started ≥30 d")
    /// The total's name, saying what it covers: "Totaal (heel Nederland)", "Totaal (3 regio's)".
    public static func reportTotal(_ scope: StatusReport.TotalScope) -> Message {
        switch scope {
        case .country: return Message(nl: "Totaal (heel Nederland)", en: "Total (all of the Netherlands)")
        case .regions(let n): return Message(nl: "Totaal (\(n) \(n == 1 ? "regio" : "regio's"))", en: "Total (\(n) \(n == 1 ? "region" : "regions"))")
        }
    }
    /// A row of the status report by its name: a region's own, or the total's (`reportTotal`).
    public static func statusRowName(_ row: RegionStatus, _ scope: StatusReport.TotalScope) -> Message {
        row.name.isEmpty ? reportTotal(scope) : Message(both: row.name)
    }
    public static let reportAdviser = Message(nl: "Adviseur", en: "Adviser")
    public static let reportOpenApplications = Message(nl: "Lopende aanvragen", en: "Open applications")
    public static let draftGone = Message(nl: "Het bewaarde formulier hoort bij iets dat er niet meer is; weggegooid.",
            en: "The kept form belongs to something that is gone; discarded.")
    public static let hintEdit = Message(nl: "bewerken", en: "edit")
    public static let hintNewContact = Message(nl: "nieuw contact", en: "new contact")
    public static let hintDelete = Message(nl: "verwijderen", en: "delete")
    public static let fieldName = Message(nl: "Naam", en: "Name")
    public static let fieldRole = Message(nl: "Functie", en: "Role")
    public static let fieldEmail = Message(nl: "E-mail", en: "Email")
    public static let fieldPhone = Message(nl: "Telefoon", en: "Phone")
    public static let fieldText = Message(nl: "Tekst", en: "Text")
    public static let fieldDue = Message(nl: "Uiterlijk", en: "Due")
    public static let formNewContact = Message(nl: "Nieuw contact", en: "New contact")
    public static let formEdit = Message(nl: "Bewerken", en: "Edit")
    public static let nothingSelected = Message(nl: "Kies eerst een regel in Gesprekken, Acties of Contacten.", en: "Select a line in Sessions, Follow-ups or Contacts first.")
    public static let confirmDelete = Message(nl: "Verwijderen? (u maakt het ongedaan) y/Enter ja · n/Esc nee", en: "Delete? (u undoes it) y/Enter yes · n/Esc no")
    public static let hintNewApplication = Message(nl: "nieuwe aanvraag", en: "new application")
    public static let fieldTitle = Message(nl: "Titel", en: "Title")
    public static let fieldRequested = Message(nl: "Aangevraagd bedrag", en: "Requested amount")
    public static let fieldStart = Message(nl: "Geplande start", en: "Planned start")
    public static let fieldEnd = Message(nl: "Gepland einde", en: "Planned end")
    public static let fieldTeam = Message(nl: "Team", en: "Team")
    public static let fieldActivities = Message(nl: "Activiteiten", en: "Activities")
    public static let formNewApplication = Message(nl: "Nieuwe aanvraag", en: "New application")
    public static let hintNewSession = Message(nl: "nieuw gesprek", en: "new session")
    public static let hintStep = Message(nl: "status aanvraag", en: "application status")
    public static let hintToggleFollowUp = Message(nl: "actie klaar / open", en: "follow-up done / open")
    public static let hintUndo = Message(nl: "ongedaan maken", en: "undo")
    public static let hintNextField = Message(nl: "volgend veld", en: "next field")
    public static let hintPreviousField = Message(nl: "vorig veld", en: "previous field")
    /// A change refused because the interface was opened read-only (`--read-only`, or several folders).
    public static func readOnlyRefusal(_ municipality: String) -> Message {
        Message(nl: "Alleen-lezen geopend (--read-only, of meer dan één gegevensmap): \(municipality) niet gewijzigd.",
                en: "Opened read-only (--read-only, or more than one data folder): \(municipality) not changed.")
    }
    /// `u` in the agenda of an interface opened read-only: nothing was ticked off, nothing to take back.
    public static let readOnlyNothingToTakeBack = Message(nl: "Alleen-lezen geopend (--read-only, of meer dan één gegevensmap): er is niets terug te zetten.",
                                                          en: "Opened read-only (--read-only, or more than one data folder): there is nothing to take back.")
    /// A change refused because the dossier's file could not be read: which file, and why.
    public static func unreadableRefusal(_ municipality: String, _ issue: FileIssue) -> Message {
        let detail = fileIssue(issue)
        return Message(nl: "Het dossier van \(municipality) is onleesbaar, dus niet gewijzigd: " + detail.nl,
                       en: "\(municipality)'s dossier cannot be read, so it was not changed: " + detail.en)
    }
    public static let fieldDate = Message(nl: "Datum", en: "Date")
    public static let fieldKind = Message(nl: "Soort", en: "Kind")
    public static let fieldSummary = Message(nl: "Samenvatting", en: "Summary")
    public static let fieldParticipants = Message(nl: "Deelnemers (komma's)", en: "Participants (commas)")
    public static let fieldActionLines = Message(nl: "Actielijnen", en: "Action lines")
    public static let fieldMinutes = Message(nl: "Duur (minuten)", en: "Duration (minutes)")
    public static let fieldFollowUps = Message(nl: "Acties (JJJJ-MM-DD tekst)", en: "Follow-ups (YYYY-MM-DD text)")
    public static let fieldGranted = Message(nl: "Toegekend bedrag", en: "Granted amount")
    public static let fieldOutcome = Message(nl: "Resultaat", en: "Outcome")
    public static let fieldNote = Message(nl: "Toelichting", en: "Note")
    public static let formNewSession = Message(nl: "Nieuw adviesgesprek", en: "New advice session")
    public static let stepChooserTitle = Message(nl: "Naar welke status?", en: "To which status?")
    public static let confirmCancel = Message(nl: "Wat je typte weggooien? y/Enter ja · n/Esc nee", en: "Discard what you typed? y/Enter yes · n/Esc no")
    public static let unknownAuthorHint = Message(nl: "‘onbekend’: er was geen adviseur ingesteld — zet \"adviser\" in de config (bijv. \"adviser\": \"Anne de Vries\"), dan staat je naam bij wat je vastlegt",
            en: "‘unknown’: no adviser was set — put \"adviser\" in the config (e.g. \"adviser\": \"Anne de Vries\") and your name goes with what you record")
    public static let fieldNoteRequired = Message(nl: "Toelichting (verplicht)", en: "Note (required)")
    public static let fieldProjectEnd = Message(nl: "Einddatum project", en: "Project end date")
}
/// How the region view is sorted (`o` cycles through them); here so the catalog can name them.
public enum SortKey: Sendable, Equatable, CaseIterable { case name, status, lastContact, overdue }
/// The parts of help.
public enum HelpSection: Sendable, Equatable, CaseIterable { case region, dossier, step, agenda, dashboard, form }
