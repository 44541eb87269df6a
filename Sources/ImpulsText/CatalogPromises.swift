import ImpulsCore

/// Texts of the terminal interface that keep the README's promises (issue #17): the hint bar's
/// short words, the form keys in help, the rules in words of the interface, labels instead of
/// ids, where the filter matched, the agenda's tick, and the dashboard's figures.
public struct InterfaceText: Sendable, Equatable, MessageGroup {
    let message: Message
}

extension InterfaceText {
    // The hint bar's short words.
    public static let barOpen = InterfaceText(nl: "open", en: "open")
    /// In the step chooser, Enter takes the step under the cursor to its confirmation.
    public static let barChooseStep = InterfaceText(nl: "kies", en: "choose")
    public static let barList = InterfaceText(nl: "gemeenten", en: "municipalities")
    public static let barExpand = InterfaceText(nl: "uitklappen", en: "expand")
    public static let barFigure = InterfaceText(nl: "cijfer", en: "figure")
    public static let barGroup = InterfaceText(nl: "onderdeel", en: "group")
    public static let barDashboard = InterfaceText(both: "dashboard")
    public static let barSection = InterfaceText(nl: "tabblad", en: "section")
    public static let barSession = InterfaceText(nl: "gesprek", en: "session")
    public static let barApplication = InterfaceText(nl: "aanvraag", en: "application")
    public static let barStep = InterfaceText(nl: "stap", en: "step")
    public static let barTick = InterfaceText(nl: "afvinken", en: "tick off")
    public static let barContact = InterfaceText(nl: "contact", en: "contact")
    public static let barEdit = InterfaceText(nl: "bewerk", en: "edit")
    public static let barDelete = InterfaceText(nl: "wis", en: "delete")
    public static let barUndo = InterfaceText(nl: "ongedaan", en: "undo")
    public static let barFilter = InterfaceText(nl: "zoek", en: "filter")
    public static let barSort = InterfaceText(nl: "sorteer", en: "sort")
    public static let barRegion = InterfaceText(nl: "regio", en: "region")
    public static let barBack = InterfaceText(nl: "terug", en: "back")
    public static let barQuit = InterfaceText(nl: "stop", en: "quit")
    public static let barNextField = InterfaceText(nl: "veld", en: "field")
    public static let barSave = InterfaceText(nl: "opslaan", en: "save")
    public static let barCancel = InterfaceText(nl: "annuleren", en: "cancel")
    /// The filter's keys when "Typ om te zoeken · …" does not fit.
    public static let filterTypingKeys = InterfaceText(nl: "Enter klaar · Esc wissen", en: "Enter done · Esc clear")
    // Help.
    public static let hintChooseStep = InterfaceText(nl: "de stap kiezen; dan zegt een dialoog wat er gebeurt", en: "choose the step; a dialog then says what will happen")
    // The step dialog's keys, for help (the dialog itself says them on its bottom line).
    public static let hintStepConfirm = InterfaceText(nl: "bevestigen (in een veld: Enter)", en: "confirm (in a field: Enter)")
    public static let hintStepCancel = InterfaceText(nl: "annuleren (in een veld: Esc)", en: "cancel (in a field: Esc)")
    public static let hintStepField = InterfaceText(nl: "naar de datum, het bedrag of de toelichting", en: "to the date, the amount or the note")
    public static let hintExpand = InterfaceText(nl: "gesprek uitklappen (Gesprekken)", en: "expand a session (Sessions)")
    public static let hintNextGroup = InterfaceText(nl: "volgend onderdeel (bereik, aanvragen, budget, te laat)", en: "next group of figures (reach, applications, budget, overdue)")
    public static let hintPreviousGroup = InterfaceText(nl: "vorig onderdeel", en: "previous group of figures")
    public static let hintTickFromAgenda = InterfaceText(nl: "actie afvinken", en: "tick a follow-up off")
    public static let hintSaveForm = InterfaceText(nl: "opslaan (ook: Enter op het laatste veld)", en: "save (also: Enter on the last field)")
    public static let hintCancelForm = InterfaceText(nl: "annuleren (vraagt eerst als er iets getypt is)", en: "cancel (asks first when something was typed)")
    public static let hintEnterInForm = InterfaceText(nl: "volgend veld; op het laatste: opslaan", en: "next field; on the last one: save")
    public static let editLeft = InterfaceText(nl: "cursor naar links", en: "cursor left")
    public static let editRight = InterfaceText(nl: "cursor naar rechts", en: "cursor right")
    public static let editLineStart = InterfaceText(nl: "naar het begin van de regel", en: "to the start of the line")
    public static let editLineEnd = InterfaceText(nl: "naar het eind van de regel", en: "to the end of the line")
    public static let editDeleteBackward = InterfaceText(nl: "wis het teken voor de cursor", en: "delete the character before the cursor")
    public static let editDeleteForward = InterfaceText(nl: "wis het teken onder de cursor", en: "delete the character under the cursor")
    public static let editDeleteToEnd = InterfaceText(nl: "wis tot het eind van de regel", en: "delete to the end of the line")
    public static let editDeleteToStart = InterfaceText(nl: "wis tot het begin van de regel", en: "delete to the start of the line")
    public static let editDeleteWord = InterfaceText(nl: "wis het woord voor de cursor", en: "delete the word before the cursor")
    public static let editWordBackward = InterfaceText(nl: "een woord terug", en: "a word back")
    public static let editWordForward = InterfaceText(nl: "een woord verder", en: "a word forward")
    public static let editNewLine = InterfaceText(nl: "nieuwe regel (tekst van meer regels)", en: "new line (text of several lines)")
    public static let editLineUp = InterfaceText(nl: "regel omhoog (tekst van meer regels)", en: "line up (text of several lines)")
    public static let editLineDown = InterfaceText(nl: "regel omlaag (tekst van meer regels)", en: "line down (text of several lines)")
    public static let editPreviousOption = InterfaceText(nl: "vorige keuze (keuzelijst, lijst met vinkjes)", en: "previous option (pick list, list with ticks)")
    public static let editNextOption = InterfaceText(nl: "volgende keuze (keuzelijst, lijst met vinkjes)", en: "next option (pick list, list with ticks)")
    public static let editNextChoice = InterfaceText(nl: "volgende keuze (keuzelijst)", en: "next option (pick list)")
    public static let editToggleOption = InterfaceText(nl: "aan- of uitvinken (lijst met vinkjes)", en: "tick or untick (list with ticks)")
    public static let editToday = InterfaceText(nl: "vandaag (datumveld)", en: "today (date field)")
    public static let editType = InterfaceText(nl: "typen: in het veld met de cursor", en: "typing: into the field with the cursor")
    public static let helpEditing = InterfaceText(nl: "Formulier: een veld bewerken", en: "Form: editing a field")
    public static let helpFormats = InterfaceText(nl: "Datums: JJJJ-MM-DD of DD-MM-JJJJ · bedragen: 9.500, 9500,00 of € 9.500",
            en: "Dates: YYYY-MM-DD or DD-MM-YYYY · amounts: 9,500, 9500.00 or €9,500")
    /// "regels 1–22 van 96".
    public static func helpPosition(first: Int, last: Int, total: Int) -> InterfaceText {
        InterfaceText(nl: "regel \(first)–\(last) van \(total)", en: "lines \(first)–\(last) of \(total)")
    }
    // Labels where an id was.
    public static let labelProvince = InterfaceText(nl: "provincie ", en: "province ")
    public static let labelSafetyRegion = InterfaceText(nl: "veiligheidsregio ", en: "safety region ")
    public static let labelTeam = InterfaceText(nl: "Team: ", en: "Team: ")
    public static let labelEnded = InterfaceText(nl: "Afgerond op: ", en: "Completed on: ")
    public static let labelPlanned = InterfaceText(nl: "gepland", en: "planned")
    /// "(uit het gesprek van 2023-06-01)".
    public static func followUpFrom(_ date: String) -> InterfaceText { InterfaceText(nl: "(uit gesprek \(date))", en: "(from session \(date))") }
    // The filter.
    public static let columnMatch = InterfaceText(nl: "Gevonden in", en: "Found in")
    public static func matchIn(_ field: SearchField) -> InterfaceText { InterfaceText(message: Message.searchField(field)) }
    // The agenda.
    public static func tickedOff(text: String, municipality: String) -> InterfaceText {
        InterfaceText(nl: "Afgevinkt: ‘\(text)’ (\(municipality)); u zet het terug",
            en: "Ticked off: ‘\(text)’ (\(municipality)); u takes it back")
    }
    public static let tickOnlyFollowUps = InterfaceText(nl: "x vinkt een actie af; dit is een projectdatum of melding (Enter opent het dossier)",
            en: "x ticks a follow-up off; this is a project date or notice (Enter opens the dossier)")
    // The dashboard.
    public static let groupReach = InterfaceText(nl: "Bereik", en: "Reach")
    public static let groupApplications = InterfaceText(nl: "Aanvragen", en: "Applications")
    public static let groupBudget = InterfaceText(nl: "Budget", en: "Budget")
    public static let groupOverdue = InterfaceText(nl: "Te laat", en: "Overdue")
    public static let groupAdvisers = InterfaceText(nl: "Adviseurs", en: "Advisers")
    public static let figureShare = InterfaceText(nl: "Toegekend van plafond", en: "Granted of ceiling")
    public static let dashboardNoAdvisers = InterfaceText(nl: "(nog geen dossiers)", en: "(no dossiers yet)")
    // Forms.
    public static let missingDate = InterfaceText(nl: "typ een datum (JJJJ-MM-DD, of t voor vandaag)", en: "type a date (YYYY-MM-DD, or t for today)")
    public static let missingAmount = InterfaceText(nl: "typ een bedrag, bijvoorbeeld 9.500", en: "type an amount, for example 9500")
    /// After Ctrl-S: "Niet opgeslagen; kijk naar: Titel, Actielijnen".
    public static func notSavedYet(_ names: [String]) -> InterfaceText {
        InterfaceText(message: Message(nl: "Niet opgeslagen; kijk naar: ", en: "Not saved; look at: ") + names.joined(separator: ", "))
    }
    /// "1 gesprek", "27 gesprekken".
    public static func sessionsCount(_ n: Int) -> InterfaceText {
        InterfaceText(nl: "\(n) \(n == 1 ? "gesprek" : "gesprekken")", en: "\(n) \(n == 1 ? "session" : "sessions")")
    }
}


/// Where in a dossier the filter found its text.
public enum SearchField: Sendable, Equatable, CaseIterable {
    case name, code, contactName, contactRole, contactEmail, contactPhone, notes, adviser
    case sessionSummary, sessionParticipants, followUp, applicationTitle, applicationActivities, applicationOutcome, stepNote
}

extension Message {
    /// A text of the interface's own (`InterfaceText`).
    public static func ui(_ text: InterfaceText) -> Message { text.message }

    /// Why a form cannot be saved, in words of the interface: what to type or choose, never a
    /// command-line flag (the command line keeps `--note` and `--date` in its own messages).
    public static func formReason(_ reason: Reason, _ language: Language) -> String { formReason(reason).text(language) }

    public static func formReason(_ reason: Reason) -> Message {
        switch reason {
        case .noteRequired, .endDateRequired, .grantedMissing: return stepFieldReason(reason)
        case .emptyTitle: return Message(nl: "typ een titel", en: "type a title")
        case .emptySummary: return Message(nl: "typ een samenvatting van het gesprek", en: "type a summary of the session")
        case .emptyText: return Message(nl: "dit veld mag niet leeg zijn", en: "this field cannot be empty")
        case .noActionLine:
            return Message(nl: "kies minstens één POK-actielijn (spatie vinkt aan)", en: "choose at least one POK action line (space ticks one)")
        case .minutesNotPositive:
            return Message(nl: "de duur is \(AdviceSession.minutesRange.lowerBound) tot en met \(AdviceSession.minutesRange.upperBound) minuten, of leeg",
                           en: "the duration is \(AdviceSession.minutesRange.lowerBound) to \(AdviceSession.minutesRange.upperBound) minutes, or empty")
        default: return Message.reason(reason)
        }
    }

    /// Where in a dossier the filter found its text: "naam", "name".
    static func searchField(_ field: SearchField) -> Message {
        switch field {
        case .name: return Message(nl: "naam", en: "name")
        case .code: return Message(both: "code")
        case .contactName: return Message(both: "contact")
        case .contactRole: return Message(nl: "functie", en: "role")
        case .contactEmail: return Message(nl: "e-mail", en: "email")
        case .contactPhone: return Message(nl: "telefoon", en: "phone")
        case .notes: return Message(nl: "notitie", en: "note")
        case .adviser: return Message(nl: "adviseur", en: "adviser")
        case .sessionSummary: return Message(nl: "gesprek", en: "session")
        case .sessionParticipants: return Message(nl: "deelnemers", en: "participants")
        case .followUp: return Message(nl: "actie", en: "follow-up")
        case .applicationTitle: return Message(nl: "aanvraag", en: "application")
        case .applicationActivities: return Message(nl: "activiteiten", en: "activities")
        case .applicationOutcome: return Message(nl: "resultaat", en: "outcome")
        case .stepNote: return Message(nl: "toelichting", en: "note")
        }
    }
}