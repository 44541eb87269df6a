/// The catalog's texts for the caseload: statuses, kinds, and the rules' reasons (nl/en).
extension Message {
    public static func status(_ status: ApplicationStatus, _ language: Language) -> String {
        let nl = language == .nl
        switch status {
        case .draft: return nl ? "concept" : "draft"
        case .submitted: return nl ? "ingediend" : "submitted"
        case .approved: return nl ? "toegekend" : "approved"
        case .rejected: return nl ? "afgewezen" : "rejected"
        case .withdrawn: return nl ? "ingetrokken" : "withdrawn"
        case .running: return nl ? "in uitvoering" : "running"
        case .completed: return nl ? "afgerond" : "completed"
        }
    }

    public static func kind(_ kind: SessionKind, _ language: Language) -> String {
        let nl = language == .nl
        switch kind {
        case .intake: return "intake"
        case .advice: return nl ? "advies" : "advice"
        case .workshop: return nl ? "workshop/training" : "workshop/training"
        case .call: return nl ? "telefoon/video" : "phone/video"
        case .followUp: return nl ? "vervolg" : "follow-up"
        }
    }

    static func reasonText(_ reason: Reason, _ language: Language) -> String {
        let nl = language == .nl
        func money(_ c: Cents) -> String { c.formatted(language) }
        func field(_ f: Reason.AmountField) -> String {
            switch f {
            case .requested: return nl ? "het aangevraagde bedrag" : "the requested amount"
            case .granted: return nl ? "het toegekende bedrag" : "the granted amount"
            }
        }
        switch reason {
        case .amountNotPositive(let f): return nl ? "\(field(f)) moet groter zijn dan € 0" : "\(field(f)) must be above €0"
        case .amountAboveMaximum(let f, let amount, let maximum):
            return nl ? "\(field(f)) (\(money(amount))) is hoger dan het maximum van \(money(maximum))"
                : "\(field(f)) (\(money(amount))) is above the maximum of \(money(maximum))"
        case .grantedMissing: return nl ? "toekennen vraagt het toegekende bedrag" : "approving needs the granted amount"
        case .grantedAboveRequested(let granted, let requested):
            return nl ? "het toegekende bedrag (\(money(granted))) is hoger dan het aangevraagde (\(money(requested)))"
                : "the granted amount (\(money(granted))) is above the requested amount (\(money(requested)))"
        case .endNotAfterStart(let start, let end):
            return nl ? "de geplande einddatum (\(end)) ligt niet na de startdatum (\(start))"
                : "the planned end (\(end)) is not after the start (\(start))"
        case .projectTooLong(let start, let end, let months, let latest):
            return nl ? "het project duurt te lang: \(start) tot \(end) is meer dan \(Message.count(months, .month, language)) (uiterlijk \(latest))"
                : "the project is too long: \(start) to \(end) is more than \(Message.count(months, .month, language)) (at the latest \(latest))"
        case .beforeOpening(let date, let opening):
            return nl ? "indienen kan pas vanaf \(opening) (datum: \(date))" : "applications open on \(opening) (date: \(date))"
        case .afterClosing(let date, let closing):
            return nl ? "indienen kan tot en met \(closing) (datum: \(date))" : "applications close after \(closing) (date: \(date))"
        case .noActionLine: return nl ? "kies minstens één POK-actielijn" : "choose at least one POK action line"
        case .unknownActionLine(let id):
            return nl ? "onbekende actielijn '\(id)'; bekend zijn: \(Rules.scheme.actionLines.map(\.id).joined(separator: ", "))"
                : "unknown action line '\(id)'; known ones: \(Rules.scheme.actionLines.map(\.id).joined(separator: ", "))"
        case .anotherGranted(let title, let status):
            return nl ? "deze gemeente heeft al een aanvraag die \(Message.status(status, language)) is: \(title) (één per gemeente)"
                : "this municipality already has an application that is \(Message.status(status, language)): \(title) (one per municipality)"
        case .openApplicationExists(let title, let status):
            // What would make room for a new one: withdrawing (or rejecting) it while that is still
            // possible; a project that runs or ran keeps the municipality's one application.
            let way: String
            switch status {
            case .draft, .submitted, .approved: way = nl ? "trek die eerst in" : "withdraw it first"
            case .running: way = nl ? "die loopt al, dus een nieuwe kan niet (één per gemeente)" : "it is running, so a new one is not possible (one per municipality)"
            default: way = nl ? "de gemeente heeft haar budget gekregen (één per gemeente)" : "the municipality has had its budget (one per municipality)"
            }
            return nl ? "er is al een aanvraag (\(Message.status(status, language))): \(title); \(way)"
                : "there is already an application (\(Message.status(status, language))): \(title); \(way)"
        case .noteRequired(let status):
            return nl ? "\(Message.status(status, language)) vraagt een toelichting (--note)" : "\(Message.status(status, language)) needs a note (--note)"
        case .endDateRequired:
            return nl ? "afronden vraagt de einddatum van het project (--date)" : "completing needs the project's end date (--date)"
        case .stepNotAllowed(let from, let to):
            let allowed = from.nextSteps.map { Message.status($0, language) }.joined(separator: ", ")
            return nl ? "van \(Message.status(from, language)) kan niet naar \(Message.status(to, language))" + (allowed.isEmpty ? "" : "; wel naar: \(allowed)")
                : "cannot go from \(Message.status(from, language)) to \(Message.status(to, language))" + (allowed.isEmpty ? "" : "; possible: \(allowed)")
        case .stepInFuture(let date, let today):
            return nl ? "de datum \(date) ligt na vandaag (\(today))" : "the date \(date) is after today (\(today))"
        case .stepBeforePrevious(let date, let previous):
            return nl ? "de datum \(date) ligt voor de vorige stap (\(previous))" : "the date \(date) is before the previous step (\(previous))"
        case .emptyTitle: return nl ? "de titel is leeg" : "the title is empty"
        case .emptySummary: return nl ? "de samenvatting is leeg" : "the summary is empty"
        case .emptyText: return nl ? "een verplichte tekst is leeg" : "a required text is empty"
        case .minutesNotPositive:
            return nl ? "de duur moet van \(AdviceSession.minutesRange.lowerBound) tot en met \(AdviceSession.minutesRange.upperBound) minuten zijn"
                : "the duration must be \(AdviceSession.minutesRange.lowerBound) to \(AdviceSession.minutesRange.upperBound) minutes"
        case .noOpenApplication: return nl ? "deze gemeente heeft geen lopende aanvraag" : "this municipality has no open application"
        case .editOnlyDraft(let status):
            return nl ? "alleen een concept kan worden bewerkt (deze aanvraag is \(Message.status(status, language)))" : "only a draft can be edited (this application is \(Message.status(status, language)))"
        case .applicationsAreWithdrawn:
            return nl ? "een aanvraag wordt niet verwijderd maar ingetrokken (s)" : "an application is withdrawn (s), never deleted"
        case .nothingToUndo: return nl ? "er is niets om ongedaan te maken" : "there is nothing to undo"
        case .cannotUndo: return nl ? "deze wijziging kan niet ongedaan worden gemaakt" : "this change cannot be undone"
        case .nothingToRedo: return nl ? "er is niets om opnieuw te doen" : "there is nothing to redo"
        case .undoWouldRemoveApplication(let title):
            return nl ? "aanvragen worden ingetrokken, nooit verwijderd: ‘\(title)’ is al eens ingediend en blijft (trek hem in met s)"
                : "applications are withdrawn, never deleted: ‘\(title)’ has been submitted before and stays (withdraw it with s)"
        case .sessionInFuture(let date, let today):
            return nl ? "een gesprek wordt na afloop vastgelegd: \(date) ligt na vandaag (\(today))" : "a session is logged after it took place: \(date) is after today (\(today))"
        case .unlikelyEmail(let text):
            return nl ? "‘\(text)’ lijkt geen e-mailadres (één @ en een domein met een punt)" : "‘\(text)’ does not look like an e-mail address (one @ and a domain with a dot)"
        case .unlikelyPhone(let text):
            return nl ? "‘\(text)’ lijkt geen telefoonnummer (cijfers, spaties en + - ( ))" : "‘\(text)’ does not look like a phone number (digits, spaces and + - ( ))"
        case .periodBeforeOpening(let start, let opening):
            return nl ? "let op: het project begint (\(start)) vóór de regeling openging (\(opening))" : "note: the project starts (\(start)) before the scheme opened (\(opening))"
        case .periodAfterClosing(let end, let closing):
            return nl ? "let op: het project eindigt (\(end)) na de sluitingsdatum van de regeling (\(closing))" : "note: the project ends (\(end)) after the scheme's closing date (\(closing))"
        case .recordNotFound: return nl ? "dat staat (niet meer) in dit dossier" : "that is not (or no longer) in this dossier"
        case .blockedByNotice:
            return nl ? "twee aanvragen van deze gemeente zijn toegekend (na het samenvoegen van twee laptops): trek er eerst één in"
                : "two applications of this municipality are granted (after merging two laptops' work): withdraw one first"
        case .invalidDate(let text): return nl ? "'\(text)' is geen bestaande datum (JJJJ-MM-DD, DD-MM-JJJJ of t voor vandaag)" : "'\(text)' is not a real date (YYYY-MM-DD, DD-MM-YYYY or t for today)"
        case .invalidAmount(let text): return nl ? "'\(text)' is geen bedrag (bijv. 9.500 of 9500,00)" : "'\(text)' is not an amount (e.g. 9.500 or 9500,00)"
        case .invalidNumber(let text): return nl ? "'\(text)' is geen geheel getal" : "'\(text)' is not a whole number"
        case .invalidValue(let text): return nl ? "'\(text)' kan hier niet worden ingevuld" : "'\(text)' cannot be filled in here"
        case .invalidFollowUp(let text): return nl ? "actie '\(text)': schrijf JJJJ-MM-DD en dan de tekst" : "follow-up '\(text)': write YYYY-MM-DD, then the text"
        case .formerMunicipality(let successor):
            return nl ? "dit is een voormalige gemeente; werk in het dossier van \(successor)"
                : "this is a former municipality; work in the dossier of \(successor)"
        }
    }
}
