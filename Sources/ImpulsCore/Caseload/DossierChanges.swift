/// The changes an adviser makes to a dossier. Each checks the rules, then returns the new dossier
/// with the change recorded in its history; a refused change returns every reason and changes nothing.
extension Dossier {
    /// The application that is still moving (draft, submitted, approved, running), if any.
    public var openApplication: Application? { applications.last { $0.status.isOpen } }

    /// Logs an advice session with its follow-ups.
    public func addingSession(_ session: AdviceSession, context: ChangeContext) throws(Refusal) -> Dossier {
        var reasons = formerReasons()
        if session.summary.trimmingSpaces.isEmpty { reasons.append(.emptySummary) }
        // A session is logged after it took place: one dated later would count as the last contact.
        if session.date > context.today { reasons.append(.sessionInFuture(date: session.date, today: context.today)) }
        if let minutes = session.minutes, !AdviceSession.minutesRange.contains(minutes) { reasons.append(.minutesNotPositive) }
        reasons += session.actionLines.filter { context.rules.actionLine($0) == nil }.map { .unknownActionLine($0) }
        if session.followUps.contains(where: { $0.text.trimmingSpaces.isEmpty }) { reasons.append(.emptyText) }
        guard reasons.isEmpty else { throw Refusal(reasons) }
        var next = self
        next.sessions.append(session)
        let change = newChange(context)
        next.record(change, context, subject: .session(session.id), action: .created,
                    new: "\(session.date) \(session.kind.rawValue): \(Dossier.firstLine(session.summary))")
        for followUp in session.followUps {
            next.record(change, context, subject: .followUp(followUp.id), action: .created, new: "\(followUp.due) \(followUp.text)")
        }
        return next
    }

    /// Starts a new application as a draft; refused while another one is open or granted.
    public func addingApplication(_ application: Application, context: ChangeContext) throws(Refusal) -> Dossier {
        var reasons = formerReasons()
        if let existing = applications.first(where: { $0.status.isOpen || $0.status.isGranted }) {
            reasons.append(.openApplicationExists(title: existing.title, status: existing.status))
        }
        reasons += ApplicationRules.contentReasons(application, rules: context.rules)
        guard reasons.isEmpty else { throw Refusal(reasons) }
        var draft = application
        draft.status = .draft
        draft.granted = nil
        draft.stepDates = [.draft: context.today]
        var next = self
        next.applications.append(draft)
        next.record(newChange(context), context, subject: .application(draft.id), action: .created,
                    new: "\(draft.title) (\(draft.requested.plainDecimal))")
        return next
    }

    /// Moves the application with `id` to `target`; without an id, the only application that can
    /// take the step (`application(named: nil, toTake:)`: refused with the list when there are more).
    public func advancingApplication(id: String? = nil, to target: ApplicationStatus, input: StepInput,
                                     context: ChangeContext) throws(Refusal) -> Dossier {
        guard let id else { return try advancingApplication(named: nil, to: target, input: input, context: context) }
        guard let index = applications.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
        return try advancing(at: index, to: target, input: input, context: context)
    }

    /// Moves the application `text` names (a start of its title or id; nil: the only one that can
    /// take the step) to `target`: `application(named:toTake:)`, then the step. A refused choice
    /// also says when a blocking notice would refuse the step anyway, so one answer gives every reason.
    public func advancingApplication(named text: String?, to target: ApplicationStatus, input: StepInput,
                                     context: ChangeContext) throws(Refusal) -> Dossier {
        let chosen: Application
        do {
            chosen = try application(named: text, toTake: target)
        } catch {
            guard let blocking = blockingNotice, target != .withdrawn else { throw error }
            throw Refusal(error.reasons + [Dossier.blockedReason(blocking)])
        }
        guard let index = applications.firstIndex(where: { $0.id == chosen.id }) else { throw Refusal([.recordNotFound]) }
        return try advancing(at: index, to: target, input: input, context: context)
    }

    /// The step itself, on the application at `index`.
    private func advancing(at index: Int, to target: ApplicationStatus, input: StepInput, context: ChangeContext) throws(Refusal) -> Dossier {
        let application = applications[index]
        // Two grants or two open applications from a merge hold the workflow: only a withdrawal
        // may go on until one is withdrawn.
        if let blocking = blockingNotice, target != .withdrawn { throw Refusal([Dossier.blockedReason(blocking)]) }
        let moved = try Workflow.advance(application, to: target, input: input, others: applications, context: context)
        var next = self
        next.applications[index] = moved
        let change = newChange(context)
        next.record(change, context, subject: .application(application.id), action: .transition,
                    field: .application(.status), old: application.status.rawValue, new: target.rawValue, note: input.note?.trimmingSpaces)
        if moved.granted != application.granted {
            next.record(change, context, subject: .application(application.id), action: .changed, field: .application(.granted),
                        old: application.granted?.plainDecimal, new: moved.granted?.plainDecimal)
        }
        if moved.outcome != application.outcome {
            next.record(change, context, subject: .application(application.id), action: .changed, field: .application(.outcome),
                        old: application.outcome, new: moved.outcome)
        }
        next.resolveNoticesNoLongerTrue(change: change, context: context)
        return next
    }

    /// Marks a follow-up done or not done (unchanged when it already is); refused when it is not there.
    public func settingFollowUp(_ followUpID: String, done: Bool, context: ChangeContext) throws(Refusal) -> Dossier {
        guard let (s, f) = followUpIndex(followUpID) else { throw Refusal([.recordNotFound]) }
        guard sessions[s].followUps[f].done != done else { return self }
        var next = self
        next.sessions[s].followUps[f].done = done
        next.record(newChange(context), context, subject: .followUp(followUpID), action: .changed, field: .followUp(.done),
                    old: String(!done), new: String(done))
        return next
    }

    /// Adds a contact; refused without a name, and for a former municipality (its successor's
    /// dossier takes new work), wherever it is asked.
    public func addingContact(_ contact: Contact, context: ChangeContext) throws(Refusal) -> Dossier {
        var reasons = formerReasons()
        if contact.name.trimmingSpaces.isEmpty { reasons.append(.emptyText) }
        guard reasons.isEmpty else { throw Refusal(reasons) }
        var next = self
        next.contacts.append(contact)
        next.record(newChange(context), context, subject: .contact(contact.id), action: .created,
                    new: [contact.name, contact.role].filter { !$0.isEmpty }.joined(separator: ", "))
        return next
    }

    func formerReasons() -> [Reason] { formerMunicipalityReason.map { [$0] } ?? [] }

    /// Why a former municipality takes no new work (its successor's dossier does), or nil.
    public var formerMunicipalityReason: Reason? {
        guard let m = ReferenceData.shared.municipality(code), let successor = m.mergedInto else { return nil }
        return .formerMunicipality(name: m.name, successor: ReferenceData.shared.municipality(successor)?.name ?? successor.rawValue)
    }

    /// The id the entries of a new change share: derived from the run's seed and the history so
    /// far, so it differs between laptops and runs and needs no clock or random source here.
    func newChange(_ context: ChangeContext) -> String {
        StableHash.hex([String(context.seed, radix: 16), code.rawValue, String(history.count), history.last?.id ?? ""])
    }

    /// Appends an entry to `change`. A new change is timed after every entry already recorded,
    /// so the history stays in order even when a colleague's clock ran ahead.
    mutating func record(_ change: String, _ context: ChangeContext, subject: Subject, action: HistoryEntry.Action,
                         field: RecordField? = nil, old: String? = nil, new: String? = nil, note: String? = nil,
                         before: RecordSnapshot? = nil, undoes: String? = nil) {
        let sameChange = history.reversed().prefix { $0.change == change }.count
        let number = String(sameChange)
        let at: Timestamp
        if sameChange > 0, let last = history.last { at = last.at }
        else if let last = history.last, last.at >= context.now { at = Timestamp(milliseconds: last.at.milliseconds + 1) }
        else { at = context.now }
        history.append(HistoryEntry(id: change + "." + (number.count < 2 ? "0" + number : number), at: at, on: context.today,
                                    by: context.actor, laptop: context.laptop, subject: subject, action: action, field: field, old: old, new: new,
                                    note: note?.isEmpty == true ? nil : note, before: before, undoes: undoes))
        // Every change is recorded after it is made: the place to put the records back in order.
        keepCanonicalOrder()
    }

    /// A text's first line, cut to 80 characters: how history names a session by its summary.
    public static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.count > 80 ? String(line.prefix(79)) + "…" : line
    }
}
