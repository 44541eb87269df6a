/// Texts of the terminal interface that keep the README's promises (issue #17): the hint bar's
/// short words, the form keys in help, the rules in words of the interface, labels instead of
/// ids, where the filter matched, the agenda's tick, and the dashboard's figures.
public enum InterfaceText: Sendable, Equatable {
    // The hint bar's short words.
    case barOpen, barList, barExpand, barFigure, barGroup, barDashboard, barSection, barSession, barApplication, barStep
    case barTick, barContact, barEdit, barDelete, barUndo, barFilter, barSort, barRegion, barBack, barQuit
    case barNextField, barSave, barCancel
    /// The filter's keys when "Typ om te zoeken · …" does not fit.
    case filterTypingKeys
    // Help.
    case hintExpand, hintNextGroup, hintPreviousGroup, hintTickFromAgenda, hintSaveForm, hintCancelForm, hintEnterInForm
    case editLeft, editRight, editLineStart, editLineEnd, editDeleteBackward, editDeleteForward, editDeleteToEnd
    case editDeleteToStart, editDeleteWord, editWordBackward, editWordForward, editNewLine, editLineUp, editLineDown
    case editPreviousOption, editNextOption, editNextChoice, editToggleOption, editToday, editType
    case helpEditing, helpFormats
    /// "regels 1–22 van 96".
    case helpPosition(first: Int, last: Int, total: Int)
    // Labels where an id was.
    case labelProvince, labelSafetyRegion, labelTeam, labelEnded, labelPlanned, labelSteps
    /// "(uit het gesprek van 2023-06-01)".
    case followUpFrom(String)
    // The filter.
    case columnMatch
    case matchIn(SearchField)
    // The agenda.
    case tickedOff(text: String, municipality: String)
    case tickOnlyFollowUps
    // The dashboard.
    case groupReach, groupApplications, groupBudget, groupOverdue, groupAdvisers
    case figureMunicipalities, figureOpenApplications, figureSessions30, figureSessions90, figureShare
    case dashboardNoAdvisers
    // Forms.
    case missingDate, missingAmount
    /// After Ctrl-S: "Niet opgeslagen; kijk naar: Titel, Actielijnen".
    case notSavedYet([String])
    /// "1 gesprek", "27 gesprekken".
    case sessionsCount(Int)
}

/// Where in a dossier the filter found its text.
public enum SearchField: Sendable, Equatable, CaseIterable {
    case name, code, contactName, contactRole, contactEmail, contactPhone, notes, adviser
    case sessionSummary, sessionParticipants, followUp, applicationTitle, applicationActivities, applicationOutcome, stepNote
}

extension Message {
    /// Why a form cannot be saved, in words of the interface: what to type or choose, never a
    /// command-line flag (the command line keeps `--note` and `--date` in its own messages).
    public static func formReason(_ reason: Reason, _ language: Language) -> String {
        let nl = language == .nl
        switch reason {
        case .noteRequired, .endDateRequired, .grantedMissing: return stepFieldReason(reason, language)
        case .emptyTitle: return nl ? "typ een titel" : "type a title"
        case .emptySummary: return nl ? "typ een samenvatting van het gesprek" : "type a summary of the session"
        case .emptyText: return nl ? "dit veld mag niet leeg zijn" : "this field cannot be empty"
        case .noActionLine: return nl ? "kies minstens één POK-actielijn (spatie vinkt aan)" : "choose at least one POK action line (space ticks one)"
        case .minutesNotPositive:
            return nl ? "de duur is \(AdviceSession.minutesRange.lowerBound) tot en met \(AdviceSession.minutesRange.upperBound) minuten, of leeg"
                : "the duration is \(AdviceSession.minutesRange.lowerBound) to \(AdviceSession.minutesRange.upperBound) minutes, or empty"
        default: return Message.reason(reason).text(language)
        }
    }

    static func interfaceText(_ text: InterfaceText, _ language: Language) -> String {
        let nl = language == .nl
        switch text {
        case .filterTypingKeys: return nl ? "Enter klaar · Esc wissen" : "Enter done · Esc clear"
        case .barOpen: return nl ? "open" : "open"
        case .barList: return nl ? "gemeenten" : "municipalities"
        case .barExpand: return nl ? "uitklappen" : "expand"
        case .barFigure: return nl ? "cijfer" : "figure"
        case .barGroup: return nl ? "onderdeel" : "group"
        case .barDashboard: return "dashboard"
        case .barSection: return nl ? "tabblad" : "section"
        case .barSession: return nl ? "gesprek" : "session"
        case .barApplication: return nl ? "aanvraag" : "application"
        case .barStep: return nl ? "stap" : "step"
        case .barTick: return nl ? "afvinken" : "tick off"
        case .barContact: return nl ? "contact" : "contact"
        case .barEdit: return nl ? "bewerk" : "edit"
        case .barDelete: return nl ? "wis" : "delete"
        case .barUndo: return nl ? "ongedaan" : "undo"
        case .barFilter: return nl ? "zoek" : "filter"
        case .barSort: return nl ? "sorteer" : "sort"
        case .barRegion: return nl ? "regio" : "region"
        case .barBack: return nl ? "terug" : "back"
        case .barQuit: return nl ? "stop" : "quit"
        case .barNextField: return nl ? "veld" : "field"
        case .barSave: return nl ? "opslaan" : "save"
        case .barCancel: return nl ? "annuleren" : "cancel"
        case .hintExpand: return nl ? "gesprek uitklappen (Gesprekken)" : "expand a session (Sessions)"
        case .hintNextGroup: return nl ? "volgend onderdeel (bereik, aanvragen, budget, te laat)" : "next group of figures (reach, applications, budget, overdue)"
        case .hintPreviousGroup: return nl ? "vorig onderdeel" : "previous group of figures"
        case .hintTickFromAgenda: return nl ? "actie afvinken" : "tick a follow-up off"
        case .hintSaveForm: return nl ? "opslaan (ook: Enter op het laatste veld)" : "save (also: Enter on the last field)"
        case .hintCancelForm: return nl ? "annuleren (vraagt eerst als er iets getypt is)" : "cancel (asks first when something was typed)"
        case .hintEnterInForm: return nl ? "volgend veld; op het laatste: opslaan" : "next field; on the last one: save"
        case .editLeft: return nl ? "cursor naar links" : "cursor left"
        case .editRight: return nl ? "cursor naar rechts" : "cursor right"
        case .editLineStart: return nl ? "naar het begin van de regel" : "to the start of the line"
        case .editLineEnd: return nl ? "naar het eind van de regel" : "to the end of the line"
        case .editDeleteBackward: return nl ? "wis het teken voor de cursor" : "delete the character before the cursor"
        case .editDeleteForward: return nl ? "wis het teken onder de cursor" : "delete the character under the cursor"
        case .editDeleteToEnd: return nl ? "wis tot het eind van de regel" : "delete to the end of the line"
        case .editDeleteToStart: return nl ? "wis tot het begin van de regel" : "delete to the start of the line"
        case .editDeleteWord: return nl ? "wis het woord voor de cursor" : "delete the word before the cursor"
        case .editWordBackward: return nl ? "een woord terug" : "a word back"
        case .editWordForward: return nl ? "een woord verder" : "a word forward"
        case .editNewLine: return nl ? "nieuwe regel (tekst van meer regels)" : "new line (text of several lines)"
        case .editLineUp: return nl ? "regel omhoog (tekst van meer regels)" : "line up (text of several lines)"
        case .editLineDown: return nl ? "regel omlaag (tekst van meer regels)" : "line down (text of several lines)"
        case .editPreviousOption: return nl ? "vorige keuze (keuzelijst, lijst met vinkjes)" : "previous option (pick list, list with ticks)"
        case .editNextOption: return nl ? "volgende keuze (keuzelijst, lijst met vinkjes)" : "next option (pick list, list with ticks)"
        case .editNextChoice: return nl ? "volgende keuze (keuzelijst)" : "next option (pick list)"
        case .editToggleOption: return nl ? "aan- of uitvinken (lijst met vinkjes)" : "tick or untick (list with ticks)"
        case .editToday: return nl ? "vandaag (datumveld)" : "today (date field)"
        case .editType: return nl ? "typen: in het veld met de cursor" : "typing: into the field with the cursor"
        case .helpEditing: return nl ? "Formulier: een veld bewerken" : "Form: editing a field"
        case .helpFormats:
            return nl ? "Datums: JJJJ-MM-DD of DD-MM-JJJJ · bedragen: 9.500, 9500,00 of € 9.500"
                : "Dates: YYYY-MM-DD or DD-MM-YYYY · amounts: 9.500, 9500,00 or € 9.500"
        case .helpPosition(let first, let last, let total):
            return nl ? "regel \(first)–\(last) van \(total)" : "lines \(first)–\(last) of \(total)"
        case .labelProvince: return nl ? "provincie " : "province "
        case .labelSafetyRegion: return nl ? "veiligheidsregio " : "safety region "
        case .labelTeam: return nl ? "Team: " : "Team: "
        case .labelEnded: return nl ? "Afgerond op: " : "Completed on: "
        case .labelPlanned: return nl ? "gepland" : "planned"
        case .labelSteps: return nl ? "Stappen: " : "Steps: "
        case .followUpFrom(let date): return nl ? "(uit gesprek \(date))" : "(from session \(date))"
        case .columnMatch: return nl ? "Gevonden in" : "Found in"
        case .matchIn(let field): return searchFieldName(field, nl: nl)
        case .tickedOff(let text, let municipality):
            return nl ? "Afgevinkt: ‘\(text)’ (\(municipality)); u in het dossier maakt het ongedaan"
                : "Ticked off: ‘\(text)’ (\(municipality)); u in the dossier undoes it"
        case .tickOnlyFollowUps:
            return nl ? "x vinkt een actie af; dit is een projectdatum of melding (Enter opent het dossier)"
                : "x ticks a follow-up off; this is a project date or notice (Enter opens the dossier)"
        case .groupReach: return nl ? "Bereik" : "Reach"
        case .groupApplications: return nl ? "Aanvragen" : "Applications"
        case .groupBudget: return nl ? "Budget" : "Budget"
        case .groupOverdue: return nl ? "Te laat" : "Overdue"
        case .groupAdvisers: return nl ? "Adviseurs" : "Advisers"
        case .figureMunicipalities: return nl ? "Gemeenten" : "Municipalities"
        case .figureOpenApplications: return nl ? "Lopende aanvragen" : "Open applications"
        case .figureSessions30: return nl ? "Gesprekken 30 d" : "Sessions 30 d"
        case .figureSessions90: return nl ? "Gesprekken 90 d" : "Sessions 90 d"
        case .figureShare: return nl ? "Toegekend van plafond" : "Granted of ceiling"
        case .missingDate: return nl ? "typ een datum (JJJJ-MM-DD, of t voor vandaag)" : "type a date (YYYY-MM-DD, or t for today)"
        case .missingAmount: return nl ? "typ een bedrag, bijvoorbeeld 9.500" : "type an amount, for example 9500"
        case .notSavedYet(let names):
            return (nl ? "Niet opgeslagen; kijk naar: " : "Not saved; look at: ") + names.joined(separator: ", ")
        case .dashboardNoAdvisers: return nl ? "(nog geen dossiers)" : "(no dossiers yet)"
        case .sessionsCount(let n):
            return nl ? "\(n) \(n == 1 ? "gesprek" : "gesprekken")" : "\(n) \(n == 1 ? "session" : "sessions")"
        }
    }

    static func searchFieldName(_ field: SearchField, nl: Bool) -> String {
        switch field {
        case .name: return nl ? "naam" : "name"
        case .code: return "code"
        case .contactName: return nl ? "contact" : "contact"
        case .contactRole: return nl ? "functie" : "role"
        case .contactEmail: return nl ? "e-mail" : "email"
        case .contactPhone: return nl ? "telefoon" : "phone"
        case .notes: return nl ? "notitie" : "note"
        case .adviser: return nl ? "adviseur" : "adviser"
        case .sessionSummary: return nl ? "gesprek" : "session"
        case .sessionParticipants: return nl ? "deelnemers" : "participants"
        case .followUp: return nl ? "actie" : "follow-up"
        case .applicationTitle: return nl ? "aanvraag" : "application"
        case .applicationActivities: return nl ? "activiteiten" : "activities"
        case .applicationOutcome: return nl ? "resultaat" : "outcome"
        case .stepNote: return nl ? "toelichting" : "note"
        }
    }
}
