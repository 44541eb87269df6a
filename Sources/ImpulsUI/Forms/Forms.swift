import ImpulsCore
import ImpulsText

/// The forms of the interface: how each is built, checked as the user types, and turned into a change.
enum Forms {
    static func newSession(_ code: MunicipalityCode, state: AppState) -> Form {
        let l = state.language
        let lines = state.caseload.rules.actionLines
        let kinds = SessionKind.allCases
        return Form(purpose: .newSession(code), fields: [
            FormField("date", .fieldDate, .date, value: state.caseload.today.description),
            FormField("kind", .fieldKind, .choice(kinds.map { Message.kind($0, l) }), option: kinds.firstIndex(of: .advice)!),
            FormField("summary", .fieldSummary, .multiline),
            FormField("participants", .fieldParticipants, .text),
            FormField("actionLines", .fieldActionLines, .multiChoice(lines.map(\.id)), labels: lines.map(\.label)),
            FormField("minutes", .fieldMinutes, .number),
            FormField("followUps", .fieldFollowUps, .multiline),
        ], focus: 2)
    }

    static func newApplication(_ code: MunicipalityCode, state: AppState) -> Form {
        let teams = Team.allCases
        let config = state.caseload
        let start = config.today.adding(days: 14)
        return Form(purpose: .newApplication(code), fields: [
            FormField("title", .fieldTitle, .text),
            FormField("amount", .fieldRequested, .amount),
            FormField("start", .fieldStart, .date, value: start.description),
            FormField("end", .fieldEnd, .date, value: start.adding(months: config.rules.maximumMonths).description),
            FormField("actionLines", .fieldActionLines, .multiChoice(config.rules.actionLines.map(\.id)),
                      labels: config.rules.actionLines.map(\.label)),
            FormField("team", .fieldTeam, .choice(teams.map(\.rawValue)), option: teams.firstIndex(of: state.team) ?? 0,
                      labels: teams.map { Message.teamLabel($0) }),
            FormField("activities", .fieldActivities, .multiline),
        ], focus: 0)
    }

    static func contact(_ code: MunicipalityCode, contact: Contact?) -> Form {
        let purpose: FormPurpose = contact.map { .edit(code, kind: .contact, id: $0.id) } ?? .newContact(code)
        return Form(purpose: purpose, fields: [
            FormField("name", .fieldName, .text, value: contact?.name ?? ""),
            FormField("role", .fieldRole, .text, value: contact?.role ?? ""),
            FormField("email", .fieldEmail, .text, value: contact?.email ?? ""),
            FormField("phone", .fieldPhone, .text, value: contact?.phone ?? ""),
        ])
    }

    /// A form holding the record's current values.
    static func edit(_ code: MunicipalityCode, kind: Dossier.RecordKind, id: String, dossier: Dossier, state: AppState) -> Form? {
        switch kind {
        case .contact:
            return dossier.contacts.first { $0.id == id }.map { contact(code, contact: $0) }
        case .followUp:
            guard let f = dossier.sessions.flatMap(\.followUps).first(where: { $0.id == id }) else { return nil }
            return Form(purpose: .edit(code, kind: .followUp, id: id), fields: [
                FormField("text", .fieldText, .text, value: f.text), FormField("due", .fieldDue, .date, value: f.due.description),
            ])
        case .session:
            guard let session = dossier.sessions.first(where: { $0.id == id }) else { return nil }
            var form = newSession(code, state: state)
            form = Form(purpose: .edit(code, kind: .session, id: id), fields: form.fields.filter { $0.id != "followUps" }.map { field in
                var f = field
                switch field.id {
                case "date": f = FormField("date", .fieldDate, .date, value: session.date.description)
                case "kind": f.optionIndex = SessionKind.allCases.firstIndex(of: session.kind)!
                case "summary": f = FormField("summary", .fieldSummary, .multiline, value: session.summary)
                case "participants": f = FormField("participants", .fieldParticipants, .text, value: session.participants.joined(separator: ", "))
                case "actionLines": f.chosen = Set(session.actionLines.compactMap { id in field.options.firstIndex(of: id) })
                case "minutes": f = FormField("minutes", .fieldMinutes, .number, value: session.minutes.map(String.init) ?? "")
                default: break
                }
                return f
            }, focus: 2)
            return form
        case .application:
            guard let a = dossier.applications.first(where: { $0.id == id }) else { return nil }
            let base = newApplication(code, state: state)
            return Form(purpose: .edit(code, kind: .application, id: id), fields: base.fields.map { field in
                var f = field
                switch field.id {
                case "title": f = FormField("title", .fieldTitle, .text, value: a.title)
                case "amount": f = FormField("amount", .fieldRequested, .amount, value: a.requested.formatted(.nl).replacingEuro())
                case "start": f = FormField("start", .fieldStart, .date, value: a.plannedStart.description)
                case "end": f = FormField("end", .fieldEnd, .date, value: a.plannedEnd.description)
                case "actionLines": f.chosen = Set(a.actionLines.compactMap { id in field.options.firstIndex(of: id) })
                case "team": f.optionIndex = Team.allCases.firstIndex(of: a.team)!
                case "activities": f = FormField("activities", .fieldActivities, .multiline, value: a.activities)
                default: break
                }
                return f
            })
        }
    }

    /// The step dialog: the step's date (today; for completing, the project's end as far as it
    /// has come), what the step needs, and a note. Steps that need input start in that field
    /// (approve: the granted amount, prefilled with the requested one; reject and withdraw: the
    /// note; complete: the end date); the others start on the question.
    static func step(_ code: MunicipalityCode, application: Application, target: ApplicationStatus, state: AppState) -> Form {
        let today = state.caseload.today
        var fields: [FormField]
        var focus = 0
        switch target {
        case .approved:
            fields = [FormField("date", .fieldDate, .date, value: today.description),
                      FormField("granted", .fieldGranted, .amount, value: application.requested.formatted(.nl).replacingEuro()),
                      FormField("note", .fieldNote, .text)]
            focus = 1
        case .rejected, .withdrawn:
            fields = [FormField("date", .fieldDate, .date, value: today.description), FormField("note", .fieldNoteRequired, .text)]
            focus = 1
        case .completed:
            let end = max(min(application.plannedEnd, today), application.lastStepDate ?? .earliest)
            fields = [FormField("date", .fieldProjectEnd, .date, value: end.description),
                      FormField("outcome", .fieldOutcome, .text), FormField("note", .fieldNote, .text)]
        case .submitted, .running, .draft:
            fields = [FormField("date", .fieldDate, .date, value: today.description), FormField("note", .fieldNote, .text)]
        }
        var form = Form(purpose: .step(code, applicationID: application.id, target: target), fields: fields, focus: focus)
        form.focusInFields = [.approved, .rejected, .withdrawn, .completed].contains(target)
        return form
    }

    /// Field-level problems (a date that does not exist, an amount that is not one), per field id.
    static func fieldErrors(_ form: Form, language l: Language, rules: Rules) -> [String: String] {
        var errors: [String: String] = [:]
        for field in form.fields {
            let text = field.value.trimmingSpaces
            switch field.kind {
            case .date where !text.isEmpty:
                if CalendarDay(parsing: text, acceptDutchOrder: true) == nil { errors[field.id] = Message.reason(.invalidDate(text)).text(l) }
            case .amount where !text.isEmpty:
                if Cents(parsing: text) == nil { errors[field.id] = Message.reason(.invalidAmount(text)).text(l) }
            case .number where !text.isEmpty:
                if Int(text) == nil { errors[field.id] = Message.reason(.invalidNumber(text)).text(l) }
            default: break
            }
        }
        // The scheme's rules on amount and period, beside the fields they concern, as the user types.
        if form.fields.contains(where: { $0.id == "amount" }) {
            if errors["amount"] == nil, let amount = Cents(parsing: form["amount"]),
               let reason = ApplicationRules.amountReasons(amount, field: .requested, rules: rules).first {
                errors["amount"] = Message.reason(reason).text(l)
            }
            if errors["start"] == nil, errors["end"] == nil,
               let start = CalendarDay(parsing: form["start"], acceptDutchOrder: true),
               let end = CalendarDay(parsing: form["end"], acceptDutchOrder: true),
               let reason = ApplicationRules.periodReasons(start: start, end: end, rules: rules).first {
                errors["end"] = Message.reason(reason).text(l)
            }
        }
        if form.fields.contains(where: { $0.id == "followUps" }) {
            for line in form["followUps"].split(separator: "\n") where !line.trimmingSpaces.isEmpty {
                if parseFollowUp(String(line)) == nil {
                    errors["followUps"] = Message.reason(.invalidFollowUp(line.trimmingSpaces)).text(l)
                    break
                }
            }
        }
        return errors
    }

    /// What is worth a second look but may be saved: an unlikely e-mail address or phone number, a
    /// project period outside the scheme's window.
    static func fieldWarnings(_ form: Form, language l: Language, rules: Rules) -> [String: String] {
        var warnings: [String: String] = [:]
        if let reason = Warnings.email(form["email"]) { warnings["email"] = Message.reason(reason).text(l) }
        if let reason = Warnings.phone(form["phone"]) { warnings["phone"] = Message.reason(reason).text(l) }
        if let start = CalendarDay(parsing: form["start"], acceptDutchOrder: true), let end = CalendarDay(parsing: form["end"], acceptDutchOrder: true) {
            for reason in Warnings.period(start: start, end: end, rules: rules) {
                let field = { if case .periodBeforeOpening = reason { "start" } else { "end" } }()
                warnings[field] = Message.reason(reason).text(l)
            }
        }
        return warnings
    }

    /// `2023-10-30 Begroting opvragen` (or `30-10-2023 …`).
    static func parseFollowUp(_ line: String) -> (CalendarDay, String)? {
        let trimmed = line.trimmingSpaces
        guard let space = trimmed.firstIndex(of: " "),
              let due = CalendarDay(parsing: String(trimmed[..<space]), acceptDutchOrder: true) else { return nil }
        let text = String(trimmed[space...]).trimmingSpaces
        return text.isEmpty ? nil : (due, text)
    }

    /// The dossier after the form's change, or the reasons it is refused.
    static func apply(_ form: Form, to dossier: Dossier, context: ChangeContext, ids: inout SeededGenerator) -> Result<Dossier, Refusal> {
        let date = CalendarDay(parsing: form["date"], acceptDutchOrder: true)
        switch form.purpose {
        case .newSession:
            guard let date else { return .failure(Refusal([.invalidDate(form["date"])])) }
            let lines = form.fields.first { $0.id == "actionLines" }.map { f in f.chosen.sorted().map { f.options[$0] } } ?? []
            let followUps = form["followUps"].split(separator: "\n").compactMap { parseFollowUp(String($0)) }
                .map { FollowUp(id: RecordID.make(using: &ids), text: $0.1, due: $0.0) }
            let session = AdviceSession(
                id: RecordID.make(using: &ids), date: date, kind: SessionKind.allCases[form.fields[1].optionIndex],
                participants: form["participants"].split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty },
                actionLines: lines, summary: form["summary"].trimmingSpaces, minutes: Int(form["minutes"].trimmingSpaces),
                followUps: followUps)
            return Result { () throws(Refusal) in try dossier.addingSession(session, context: context) }
        case .newApplication:
            guard let amount = Cents(parsing: form["amount"]) else { return .failure(Refusal([.invalidAmount(form["amount"])])) }
            guard let start = CalendarDay(parsing: form["start"], acceptDutchOrder: true) else { return .failure(Refusal([.invalidDate(form["start"])])) }
            guard let end = CalendarDay(parsing: form["end"], acceptDutchOrder: true) else { return .failure(Refusal([.invalidDate(form["end"])])) }
            let lines = form.fields.first { $0.id == "actionLines" }.map { f in f.chosen.sorted().map { f.options[$0] } } ?? []
            let application = Application(
                id: RecordID.make(using: &ids), title: form["title"].trimmingSpaces, activities: form["activities"].trimmingSpaces,
                actionLines: lines, team: Team(rawValue: form["team"]) ?? .zorgVeiligheid, requested: amount,
                plannedStart: start, plannedEnd: end)
            return Result { () throws(Refusal) in try dossier.addingApplication(application, context: context) }
        case .newContact:
            let contact = Contact(id: RecordID.make(using: &ids), name: form["name"].trimmingSpaces, role: form["role"].trimmingSpaces,
                                  email: form["email"].trimmingSpaces, phone: form["phone"].trimmingSpaces)
            return Result { () throws(Refusal) in try dossier.addingContact(contact, context: context) }
        case .edit(_, let kind, let id):
            var values: [String: String] = [:]
            for field in form.fields {
                switch (field.id, field.kind) {
                case ("kind", _): values["kind"] = SessionKind.allCases[field.optionIndex].rawValue
                case ("amount", _):
                    guard let cents = Cents(parsing: field.value) else { return .failure(Refusal([.invalidAmount(field.value)])) }
                    values["requested"] = cents.plainDecimal
                case ("start", _), ("end", _), ("date", _), ("due", _):
                    guard let day = CalendarDay(parsing: field.value.trimmingSpaces, acceptDutchOrder: true) else { return .failure(Refusal([.invalidDate(field.value)])) }
                    values[["start": "plannedStart", "end": "plannedEnd"][field.id] ?? field.id] = day.description
                default: values[field.id] = field.value.trimmingSpaces
                }
            }
            return Result { () throws(Refusal) in try dossier.editing(kind, id: id, values: values, context: context) }
        case .step(_, let id, let target):
            let note = form["note"].trimmingSpaces
            let outcome = form["outcome"].trimmingSpaces
            let input = StepInput(note: note.isEmpty ? nil : note, granted: Cents(parsing: form["granted"]), date: date,
                                  outcome: outcome.isEmpty ? nil : outcome)
            return Result { () throws(Refusal) in try dossier.advancingApplication(id: id, to: target, input: input, context: context) }
        }
    }
}

extension String {
    /// `€ 9.500,00` → `9.500,00`, for an amount field's starting value.
    func replacingEuro() -> String { hasPrefix("€ ") ? String(dropFirst(2)) : self }
}
