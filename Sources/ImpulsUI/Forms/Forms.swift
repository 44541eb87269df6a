import ImpulsCore
import ImpulsText

/// The forms of the interface: how each is built, checked as the user types, and turned into a change.
enum Forms {
    static func newSession(_ code: MunicipalityCode, _ context: Context) -> Form {
        let l = context.language
        let lines = context.caseload.rules.actionLines
        let kinds = SessionKind.allCases
        return Form(purpose: .newSession(code), fields: [
            FormField(SessionField.date, .fieldDate, .date, value: context.today.description),
            FormField(SessionField.kind, .fieldKind, .choice(kinds.map { Message.kind($0, l) }), option: kinds.firstIndex(of: .advice)!),
            FormField(SessionField.summary, .fieldSummary, .multiline),
            FormField(SessionField.participants, .fieldParticipants, .text),
            FormField(SessionField.actionLines, .fieldActionLines, .multiChoice(lines.map(\.id)), labels: lines.map(\.label)),
            FormField(SessionField.minutes, .fieldMinutes, .number),
            FormField(SessionField.followUps, .fieldFollowUps, .multiline),
        ], focus: 2)
    }

    static func newApplication(_ code: MunicipalityCode, _ context: Context) -> Form {
        let teams = Team.allCases
        let config = context.caseload
        // Dates the rules allow: two weeks from today, ending by the closing date (`defaultPeriod`).
        let (start, end) = ApplicationRules.defaultPeriod(today: config.today, rules: config.rules)
        return Form(purpose: .newApplication(code), fields: [
            FormField(ApplicationField.title, .fieldTitle, .text),
            FormField(ApplicationField.amount, .fieldRequested, .amount),
            FormField(ApplicationField.start, .fieldStart, .date, value: start.description),
            FormField(ApplicationField.end, .fieldEnd, .date, value: end.description),
            FormField(ApplicationField.actionLines, .fieldActionLines, .multiChoice(config.rules.actionLines.map(\.id)),
                      labels: config.rules.actionLines.map(\.label)),
            FormField(ApplicationField.team, .fieldTeam, .choice(teams.map(\.rawValue)), option: teams.firstIndex(of: context.team) ?? 0,
                      labels: teams.map { Message.teamLabel($0) }),
            FormField(ApplicationField.activities, .fieldActivities, .multiline),
        ], focus: 0)
    }

    static func contact(_ code: MunicipalityCode, contact: Contact?) -> Form {
        let purpose: FormPurpose = contact.map { .edit(code, kind: .contact, id: $0.id) } ?? .newContact(code)
        return Form(purpose: purpose, fields: [
            FormField(ContactField.name, .fieldName, .text, value: contact?.name ?? ""),
            FormField(ContactField.role, .fieldRole, .text, value: contact?.role ?? ""),
            FormField(ContactField.email, .fieldEmail, .text, value: contact?.email ?? ""),
            FormField(ContactField.phone, .fieldPhone, .text, value: contact?.phone ?? ""),
        ])
    }

    /// A form holding the record's current values.
    static func edit(_ code: MunicipalityCode, kind: Dossier.RecordKind, id: String, dossier: Dossier, _ context: Context) -> Form? {
        switch kind {
        case .contact:
            return dossier.contacts.first { $0.id == id }.map { contact(code, contact: $0) }
        case .followUp:
            guard let f = dossier.sessions.flatMap(\.followUps).first(where: { $0.id == id }) else { return nil }
            return Form(purpose: .edit(code, kind: .followUp, id: id), fields: [
                FormField(FollowUpField.text, .fieldText, .text, value: f.text), FormField(FollowUpField.due, .fieldDue, .date, value: f.due.description),
            ])
        case .session:
            guard let session = dossier.sessions.first(where: { $0.id == id }) else { return nil }
            let base = newSession(code, context)
            return Form(purpose: .edit(code, kind: .session, id: id), fields: base.fields.filter { $0.id != SessionField.followUps.id }.map { field in
                var f = field
                guard case .session(let name) = field.id else { return f }
                switch name {
                case .date: f = FormField(name, .fieldDate, .date, value: session.date.description)
                case .kind: f.optionIndex = SessionKind.allCases.firstIndex(of: session.kind)!
                case .summary: f = FormField(name, .fieldSummary, .multiline, value: session.summary)
                case .participants: f = FormField(name, .fieldParticipants, .text, value: session.participants.joined(separator: ", "))
                case .actionLines: f.chosen = Set(session.actionLines.compactMap { id in field.options.firstIndex(of: id) })
                case .minutes: f = FormField(name, .fieldMinutes, .number, value: session.minutes.map(String.init) ?? "")
                case .followUps: break
                }
                return f
            }, focus: 2)
        case .application:
            guard let a = dossier.applications.first(where: { $0.id == id }) else { return nil }
            let base = newApplication(code, context)
            return Form(purpose: .edit(code, kind: .application, id: id), fields: base.fields.map { field in
                var f = field
                guard case .application(let name) = field.id else { return f }
                switch name {
                case .title: f = FormField(name, .fieldTitle, .text, value: a.title)
                case .amount: f = FormField(name, .fieldRequested, .amount, value: a.requested.formatted(.nl).replacingEuro())
                case .start: f = FormField(name, .fieldStart, .date, value: a.plannedStart.description)
                case .end: f = FormField(name, .fieldEnd, .date, value: a.plannedEnd.description)
                case .actionLines: f.chosen = Set(a.actionLines.compactMap { id in field.options.firstIndex(of: id) })
                case .team: f.optionIndex = Team.allCases.firstIndex(of: a.team)!
                case .activities: f = FormField(name, .fieldActivities, .multiline, value: a.activities)
                }
                return f
            })
        }
    }

    /// The step dialog: the step's date (today; for completing, the project's end as far as it
    /// has come), what the step needs, and a note. Steps that need input start in that field
    /// (approve: the granted amount, prefilled with the requested one; reject and withdraw: the
    /// note; complete: the end date); the others start on the question.
    static func step(_ code: MunicipalityCode, application: Application, target: ApplicationStatus, _ context: Context) -> Form {
        let today = context.today
        var fields: [FormField]
        var focus = 0
        switch target {
        case .approved:
            fields = [FormField(StepField.date, .fieldDate, .date, value: today.description),
                      FormField(StepField.granted, .fieldGranted, .amount, value: application.requested.formatted(.nl).replacingEuro()),
                      FormField(StepField.note, .fieldNote, .text)]
            focus = 1
        case .rejected, .withdrawn:
            fields = [FormField(StepField.date, .fieldDate, .date, value: today.description), FormField(StepField.note, .fieldNoteRequired, .text)]
            focus = 1
        case .completed:
            let end = max(min(application.plannedEnd, today), application.lastStepDate ?? .earliest)
            fields = [FormField(StepField.date, .fieldProjectEnd, .date, value: end.description),
                      FormField(StepField.outcome, .fieldOutcome, .text), FormField(StepField.note, .fieldNote, .text)]
        case .submitted, .running, .draft:
            fields = [FormField(StepField.date, .fieldDate, .date, value: today.description), FormField(StepField.note, .fieldNote, .text)]
        }
        var form = Form(purpose: .step(code, applicationID: application.id, target: target), fields: fields, focus: focus)
        form.focusInFields = [.approved, .rejected, .withdrawn, .completed].contains(target)
        return form
    }

    /// Field-level problems (a date that does not exist, an amount that is not one), per field.
    static func fieldErrors(_ form: Form, language l: Language, rules: Rules) -> [FieldID: String] {
        var errors: [FieldID: String] = [:]
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
        typealias A = ApplicationField
        if form.has(A.amount) {
            if errors[A.amount.id] == nil, let amount = Cents(parsing: form[A.amount]),
               let reason = ApplicationRules.amountReasons(amount, field: .requested, rules: rules).first {
                errors[A.amount.id] = Message.reason(reason).text(l)
            }
            if errors[A.start.id] == nil, errors[A.end.id] == nil,
               let start = CalendarDay(parsing: form[A.start], acceptDutchOrder: true),
               let end = CalendarDay(parsing: form[A.end], acceptDutchOrder: true),
               let reason = ApplicationRules.periodReasons(start: start, end: end, rules: rules).first {
                errors[A.end.id] = Message.reason(reason).text(l)
            }
        }
        if form.has(SessionField.followUps) {
            for line in form[SessionField.followUps].split(separator: "\n") where !line.trimmingSpaces.isEmpty {
                if parseFollowUp(String(line)) == nil {
                    errors[SessionField.followUps.id] = Message.reason(.invalidFollowUp(line.trimmingSpaces)).text(l)
                    break
                }
            }
        }
        return errors
    }

    /// What is worth a second look but may be saved: an unlikely e-mail address or phone number, a
    /// project period outside the scheme's window.
    static func fieldWarnings(_ form: Form, language l: Language, rules: Rules) -> [FieldID: String] {
        var warnings: [FieldID: String] = [:]
        if let reason = Warnings.email(form[ContactField.email]) { warnings[ContactField.email.id] = Message.reason(reason).text(l) }
        if let reason = Warnings.phone(form[ContactField.phone]) { warnings[ContactField.phone.id] = Message.reason(reason).text(l) }
        if let start = CalendarDay(parsing: form[ApplicationField.start], acceptDutchOrder: true),
           let end = CalendarDay(parsing: form[ApplicationField.end], acceptDutchOrder: true) {
            for reason in Warnings.period(start: start, end: end, rules: rules) {
                let field: ApplicationField = if case .periodBeforeOpening = reason { .start } else { .end }
                warnings[field.id] = Message.reason(reason).text(l)
            }
        }
        return warnings
    }

    /// `2023-10-30 Begroting opvragen` (or `30-10-2023 …`).
    /// One line of follow-ups, in either notation the command line takes too (`FollowUpNotation`).
    static func parseFollowUp(_ line: String) -> (CalendarDay, String)? {
        FollowUpNotation.parse(line).map { ($0.due, $0.text) }
    }

    /// The dossier after the form's change, or the reasons it is refused.
    static func apply(_ form: Form, to dossier: Dossier, context: ChangeContext, ids: inout SeededGenerator) -> Result<Dossier, Refusal> {
        switch form.purpose {
        case .newSession:
            typealias S = SessionField
            guard let date = CalendarDay(parsing: form[S.date], acceptDutchOrder: true) else { return .failure(Refusal([.invalidDate(form[S.date])])) }
            let followUps = form[S.followUps].split(separator: "\n").compactMap { parseFollowUp(String($0)) }
                .map { FollowUp(id: RecordID.make(using: &ids), text: $0.1, due: $0.0) }
            let session = AdviceSession(
                id: RecordID.make(using: &ids), date: date, kind: SessionKind.allCases[form.field(S.kind.id)?.optionIndex ?? 0],
                participants: form[S.participants].split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty },
                actionLines: form.chosenOptions(S.actionLines), summary: form[S.summary].trimmingSpaces,
                minutes: Int(form[S.minutes].trimmingSpaces), followUps: followUps)
            return Result { () throws(Refusal) in try dossier.addingSession(session, context: context) }
        case .newApplication:
            typealias A = ApplicationField
            guard let amount = Cents(parsing: form[A.amount]) else { return .failure(Refusal([.invalidAmount(form[A.amount])])) }
            guard let start = CalendarDay(parsing: form[A.start], acceptDutchOrder: true) else { return .failure(Refusal([.invalidDate(form[A.start])])) }
            guard let end = CalendarDay(parsing: form[A.end], acceptDutchOrder: true) else { return .failure(Refusal([.invalidDate(form[A.end])])) }
            let application = Application(
                id: RecordID.make(using: &ids), title: form[A.title].trimmingSpaces, activities: form[A.activities].trimmingSpaces,
                actionLines: form.chosenOptions(A.actionLines), team: Team(rawValue: form[A.team]) ?? .zorgVeiligheid, requested: amount,
                plannedStart: start, plannedEnd: end)
            return Result { () throws(Refusal) in try dossier.addingApplication(application, context: context) }
        case .newContact:
            typealias C = ContactField
            let contact = Contact(id: RecordID.make(using: &ids), name: form[C.name].trimmingSpaces, role: form[C.role].trimmingSpaces,
                                  email: form[C.email].trimmingSpaces, phone: form[C.phone].trimmingSpaces)
            return Result { () throws(Refusal) in try dossier.addingContact(contact, context: context) }
        case .edit(_, let kind, let id):
            return Result { () throws(Refusal) in try dossier.editing(try RecordEdit(form, kind: kind, id: id), context: context) }
        case .step(_, let id, let target):
            let note = form[StepField.note].trimmingSpaces
            let outcome = form[StepField.outcome].trimmingSpaces
            let date = CalendarDay(parsing: form[StepField.date], acceptDutchOrder: true)
            let input = StepInput(note: note.isEmpty ? nil : note, granted: Cents(parsing: form[StepField.granted]), date: date,
                                  outcome: outcome.isEmpty ? nil : outcome)
            return Result { () throws(Refusal) in try dossier.advancingApplication(id: id, to: target, input: input, context: context) }
        }
    }
}

extension Form {
    /// The options ticked in a multiple choice, as their ids (none when the form has no such field).
    func chosenOptions(_ name: some FieldName) -> [String] {
        field(name.id).map { f in f.chosen.sorted().map { f.options[$0] } } ?? []
    }
}

extension String {
    /// `€ 9.500,00` → `9.500,00`, for an amount field's starting value.
    func replacingEuro() -> String { hasPrefix("€ ") ? String(dropFirst(2)) : self }
}
