import ImpulsCore

/// The catalog's texts for the caseload: statuses, kinds, and the rules' reasons.
extension Message {
    /// A status by its name: "ingediend", "submitted".
    public static func status(_ status: ApplicationStatus, _ language: Language) -> String { Message.status(status).text(language) }

    /// A kind of session by its name: "advies", "advice".
    public static func kind(_ kind: SessionKind, _ language: Language) -> String { Message.kind(kind).text(language) }

    /// A status as a column's heading, capitalised like the other headings: "In uitvoering", "Running".
    public static func statusHeading(_ status: ApplicationStatus) -> Message {
        let word = Message.status(status)
        return Message(nl: word.nl.prefix(1).uppercased() + word.nl.dropFirst(), en: word.en.prefix(1).uppercased() + word.en.dropFirst())
    }

    public static func status(_ status: ApplicationStatus) -> Message {
        switch status {
        case .draft: return Message(nl: "concept", en: "draft")
        case .submitted: return Message(nl: "ingediend", en: "submitted")
        case .approved: return Message(nl: "toegekend", en: "approved")
        case .rejected: return Message(nl: "afgewezen", en: "rejected")
        case .withdrawn: return Message(nl: "ingetrokken", en: "withdrawn")
        case .running: return Message(nl: "in uitvoering", en: "running")
        case .completed: return Message(nl: "afgerond", en: "completed")
        }
    }

    public static func kind(_ kind: SessionKind) -> Message {
        switch kind {
        case .intake: return Message(both: "intake")
        case .advice: return Message(nl: "advies", en: "advice")
        case .workshop: return Message(nl: "workshop/training", en: "workshop/training")
        case .call: return Message(nl: "telefoon/video", en: "phone/video")
        case .followUp: return Message(nl: "vervolg", en: "follow-up")
        }
    }

    /// Why a rule refuses a change, in the command line's words (`--note`, `--date`).
    public static func reason(_ reason: Reason) -> Message {
        func field(_ f: Reason.AmountField) -> Message {
            switch f {
            case .requested: return Message(nl: "het aangevraagde bedrag", en: "the requested amount")
            case .granted: return Message(nl: "het toegekende bedrag", en: "the granted amount")
            }
        }
        /// Applications to choose from, each by title, status and the start of its id:
        /// "‘Wijkgericht werken’ (concept, 7b7b7b7b), ‘Buurtteams versterken’ (toegekend, 3f2a9c1d)".
        func applicationList(_ applications: [Application]) -> Message {
            Message { language in
                applications.map { "‘\($0.title)’ (\(status($0.status).text(language)), \($0.idPrefix))" }.joined(separator: ", ")
            }
        }
        switch reason {
        case .amountNotPositive(let f): return Message(nl: "\(field(f).nl) moet groter zijn dan € 0", en: "\(field(f).en) must be above €0")
        case .amountAboveMaximum(let f, let amount, let maximum):
            return Message(nl: "\(field(f).nl) (\(amount.formatted(.nl))) is hoger dan het maximum van \(maximum.formatted(.nl))",
                           en: "\(field(f).en) (\(amount.formatted(.en))) is above the maximum of \(maximum.formatted(.en))")
        case .grantedMissing: return Message(nl: "toekennen vraagt het toegekende bedrag", en: "approving needs the granted amount")
        case .grantedAboveRequested(let granted, let requested):
            return Message(nl: "het toegekende bedrag (\(granted.formatted(.nl))) is hoger dan het aangevraagde (\(requested.formatted(.nl)))",
                           en: "the granted amount (\(granted.formatted(.en))) is above the requested amount (\(requested.formatted(.en)))")
        case .endNotAfterStart(let start, let end):
            return Message(nl: "de geplande einddatum (\(end)) ligt niet na de startdatum (\(start))",
                           en: "the planned end (\(end)) is not after the start (\(start))")
        case .projectTooLong(let start, let end, let months, let latest):
            return Message(nl: "het project duurt te lang: \(start) tot \(end) is meer dan \(count(months, .month).nl) (uiterlijk \(latest))",
                           en: "the project is too long: \(start) to \(end) is more than \(count(months, .month).en) (at the latest \(latest))")
        case .beforeOpening(let date, let opening):
            return Message(nl: "indienen kan pas vanaf \(opening) (datum: \(date))", en: "applications open on \(opening) (date: \(date))")
        case .afterClosing(let date, let closing):
            return Message(nl: "indienen kan tot en met \(closing) (datum: \(date))", en: "applications close after \(closing) (date: \(date))")
        case .noActionLine: return Message(nl: "kies minstens één POK-actielijn", en: "choose at least one POK action line")
        case .unknownActionLine(let id):
            return Message(nl: "onbekende actielijn '\(id)'; bekend zijn: \(Rules.scheme.actionLines.map(\.id).joined(separator: ", "))",
                           en: "unknown action line '\(id)'; known ones: \(Rules.scheme.actionLines.map(\.id).joined(separator: ", "))")
        case .anotherGranted(let title, let current):
            return Message(nl: "deze gemeente heeft al een aanvraag die \(status(current).nl) is: \(title) (één per gemeente)",
                           en: "this municipality already has an application that is \(status(current).en): \(title) (one per municipality)")
        case .openApplicationExists(let title, let current):
            // What would make room for a new one: withdrawing (or rejecting) it while that is still
            // possible; a project that runs or ran keeps the municipality's one application.
            let way: Message
            switch current {
            case .draft, .submitted, .approved: way = Message(nl: "trek die eerst in", en: "withdraw it first")
            case .running:
                way = Message(nl: "die loopt al, dus een nieuwe kan niet (één per gemeente)", en: "it is running, so a new one is not possible (one per municipality)")
            default: way = Message(nl: "de gemeente heeft haar budget gekregen (één per gemeente)", en: "the municipality has had its budget (one per municipality)")
            }
            return Message(nl: "er is al een aanvraag (\(status(current).nl)): \(title); \(way.nl)",
                           en: "there is already an application (\(status(current).en)): \(title); \(way.en)")
        case .noteRequired(let target):
            return Message(nl: "\(status(target).nl) vraagt een toelichting (--note)", en: "\(status(target).en) needs a note (--note)")
        case .endDateRequired:
            return Message(nl: "afronden vraagt de einddatum van het project (--date)", en: "completing needs the project's end date (--date)")
        case .stepNotAllowed(let from, let to):
            let allowed = Message { language in from.nextSteps.map { status($0).text(language) }.joined(separator: ", ") }
            return Message(nl: "van \(status(from).nl) kan niet naar \(status(to).nl)" + (allowed.nl.isEmpty ? "" : "; wel naar: \(allowed.nl)"),
                           en: "cannot go from \(status(from).en) to \(status(to).en)" + (allowed.en.isEmpty ? "" : "; possible: \(allowed.en)"))
        case .stepInFuture(let date, let today):
            return Message(nl: "de datum \(date) ligt na vandaag (\(today))", en: "the date \(date) is after today (\(today))")
        case .stepBeforePrevious(let date, let previous):
            return Message(nl: "de datum \(date) ligt voor de vorige stap (\(previous))", en: "the date \(date) is before the previous step (\(previous))")
        case .emptyTitle: return Message(nl: "de titel is leeg", en: "the title is empty")
        case .emptySummary: return Message(nl: "de samenvatting is leeg", en: "the summary is empty")
        case .emptyText: return Message(nl: "een verplichte tekst is leeg", en: "a required text is empty")
        case .minutesNotPositive:
            return Message(nl: "de duur moet van \(AdviceSession.minutesRange.lowerBound) tot en met \(AdviceSession.minutesRange.upperBound) minuten zijn",
                           en: "the duration must be \(AdviceSession.minutesRange.lowerBound) to \(AdviceSession.minutesRange.upperBound) minutes")
        case .noOpenApplication: return Message(nl: "deze gemeente heeft geen lopende aanvraag", en: "this municipality has no open application")
        case .editOnlyDraft(let current):
            return Message(nl: "alleen een concept kan worden bewerkt (deze aanvraag is \(status(current).nl))",
                           en: "only a draft can be edited (this application is \(status(current).en))")
        case .applicationsAreWithdrawn:
            return Message(nl: "een aanvraag wordt niet verwijderd maar ingetrokken (s)", en: "an application is withdrawn (s), never deleted")
        case .nothingToUndo: return Message(nl: "er is niets om ongedaan te maken", en: "there is nothing to undo")
        case .cannotUndo: return Message(nl: "deze wijziging kan niet ongedaan worden gemaakt", en: "this change cannot be undone")
        case .nothingToRedo: return Message(nl: "er is niets om opnieuw te doen", en: "there is nothing to redo")
        case .undoWouldRemoveApplication(let title):
            return Message(nl: "aanvragen worden ingetrokken, nooit verwijderd: ‘\(title)’ is al eens ingediend en blijft (trek hem in met s)",
                           en: "applications are withdrawn, never deleted: ‘\(title)’ has been submitted before and stays (withdraw it with s)")
        case .sessionInFuture(let date, let today):
            return Message(nl: "een gesprek wordt na afloop vastgelegd: \(date) ligt na vandaag (\(today))",
                           en: "a session is logged after it took place: \(date) is after today (\(today))")
        case .unlikelyEmail(let text):
            return Message(nl: "‘\(text)’ lijkt geen e-mailadres (één @ en een domein met een punt)",
                           en: "‘\(text)’ does not look like an e-mail address (one @ and a domain with a dot)")
        case .unlikelyPhone(let text):
            return Message(nl: "‘\(text)’ lijkt geen telefoonnummer (cijfers, spaties en + - ( ))",
                           en: "‘\(text)’ does not look like a phone number (digits, spaces and + - ( ))")
        case .periodBeforeOpening(let start, let opening):
            return Message(nl: "let op: het project begint (\(start)) vóór de regeling openging (\(opening))",
                           en: "note: the project starts (\(start)) before the scheme opened (\(opening))")
        case .periodAfterClosing(let end, let closing):
            return Message(nl: "let op: het project eindigt (\(end)) na de sluitingsdatum van de regeling (\(closing))",
                           en: "note: the project ends (\(end)) after the scheme's closing date (\(closing))")
        case .stepBeforePlannedStart(let step, let date, let start):
            let what = step == .completed ? Message(nl: "wordt afgerond", en: "is completed") : Message(nl: "start", en: "starts")
            return Message(nl: "let op: het project \(what.nl) (\(date)) vóór de geplande start (\(start))",
                           en: "note: the project \(what.en) (\(date)) before its planned start (\(start))")
        case .stepAfterPlannedEnd(let step, let date, let end):
            let what = step == .completed ? Message(nl: "wordt afgerond", en: "is completed") : Message(nl: "start", en: "starts")
            return Message(nl: "let op: het project \(what.nl) (\(date)) na het geplande einde (\(end))",
                           en: "note: the project \(what.en) (\(date)) after its planned end (\(end))")
        case .recordNotFound: return Message(nl: "dat staat (niet meer) in dit dossier", en: "that is not (or no longer) in this dossier")
        case .blockedByNotice:
            return Message(nl: "twee aanvragen van deze gemeente zijn toegekend (na het samenvoegen van twee laptops): trek er eerst één in (in impuls: tab Aanvraag, ↑/↓ kiest er één, s → Intrekken; op de opdrachtregel: impuls application advance GEMEENTE --application TITEL --to withdrawn)",
                           en: "two applications of this municipality are granted (after merging two laptops' work): withdraw one first (in impuls: the Application tab, ↑/↓ chooses one, s → Withdraw; on the command line: impuls application advance MUNICIPALITY --application TITLE --to withdrawn)")
        case .blockedByTwoOpen:
            return Message(nl: "twee aanvragen van deze gemeente staan tegelijk open (na het samenvoegen van twee laptops): trek er eerst één in (in impuls: tab Aanvraag, ↑/↓ kiest er één, s → Intrekken; op de opdrachtregel: impuls application advance GEMEENTE --application TITEL --to withdrawn)",
                           en: "two applications of this municipality are open at once (after merging two laptops' work): withdraw one first (in impuls: the Application tab, ↑/↓ chooses one, s → Withdraw; on the command line: impuls application advance MUNICIPALITY --application TITLE --to withdrawn)")
        case .applicationNotFound(let text, let among):
            guard !among.isEmpty else {
                return Message(nl: "geen aanvraag heet '\(text)': deze gemeente heeft geen aanvragen", en: "no application is called '\(text)': this municipality has none")
            }
            return Message(nl: "geen aanvraag van deze gemeente begint met '\(text)'; de aanvragen: \(applicationList(among).nl)",
                           en: "no application of this municipality starts with '\(text)'; its applications: \(applicationList(among).en)")
        case .applicationAmbiguous(let text, let among):
            return Message(nl: "'\(text)' past op meer aanvragen; typ meer van de titel of het id: \(applicationList(among).nl)",
                           en: "'\(text)' fits more than one application; type more of the title or the id: \(applicationList(among).en)")
        case .applicationNotChosen(let step, let among):
            return Message(nl: "zeg met --application (het begin van de titel of het id) welke aanvraag naar \(status(step).nl) gaat: \(applicationList(among).nl)",
                           en: "say with --application (a start of its title or id) which application goes to \(status(step).en): \(applicationList(among).en)")
        case .invalidDate(let text):
            return Message(nl: "'\(text)' is geen bestaande datum (JJJJ-MM-DD, DD-MM-JJJJ of t voor vandaag)",
                           en: "'\(text)' is not a real date (YYYY-MM-DD, DD-MM-YYYY or t for today)")
        case .invalidAmount(let text):
            return Message(nl: "'\(text)' is geen bedrag (bijv. 9.500 of 9500,00)", en: "'\(text)' is not an amount (e.g. 9,500 or 9500.00)")
        case .invalidNumber(let text): return Message(nl: "'\(text)' is geen geheel getal", en: "'\(text)' is not a whole number")
        case .invalidValue(let text): return Message(nl: "'\(text)' kan hier niet worden ingevuld", en: "'\(text)' cannot be filled in here")
        case .invalidFollowUp(let text):
            return Message(nl: "actie '\(text)': schrijf JJJJ-MM-DD en dan de tekst", en: "follow-up '\(text)': write YYYY-MM-DD, then the text")
        case .formerMunicipality(let name, let successor):
            return Message(nl: "\(name) is een voormalige gemeente; werk in het dossier van \(successor)",
                           en: "\(name) is a former municipality; work in the dossier of \(successor)")
        case .builtOnLater(let later):
            // Who, when and what, as the history says it: "… van Bob (2023-10-16): Status: ingediend → toegekend".
            let who = Message.author(later.change.by)
                + (later.sameName ? Message(nl: " op een andere laptop", en: " on another laptop") : Message(both: ""))
            let what = Message { Message.changeInWords(later.change, in: later.dossier, $0) }
            let head = later.redo ? Message(nl: "niet opnieuw gedaan", en: "not redone") : Message(nl: "niet ongedaan gemaakt", en: "not undone")
            return head + Message(nl: ": een latere wijziging van \(who.nl) bouwt erop voort (\(later.change.on)): \(what.nl)",
                                  en: ": a later change by \(who.en) builds on it (\(later.change.on)): \(what.en)")
        }
    }
}
