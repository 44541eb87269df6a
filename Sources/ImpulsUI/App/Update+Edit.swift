import ImpulsCore
import ImpulsText

/// Changes made in the interface: forms, workflow steps, follow-ups, undo, and what the run loop
/// answers after saving.
extension Update {
    static func startEdit(_ action: Action, code: MunicipalityCode, section: DossierSection, position: ListPosition, _ state: inout AppState) -> [Effect] {
        let l = state.language
        guard !state.readOnly else {
            state.message = Message.readOnlyRefusal.text(l)
            return []
        }
        if state.caseload.unreadable[code] != nil {
            state.message = Message.readOnlyRefusal.text(l)
            return []
        }
        let dossier = state.caseload.dossiers[code] ?? Dossier(code: code, adviser: state.caseload.actor)
        // Refuse before the typing: a form that could not be saved here does not open.
        if [.newSession, .newApplication, .newContact].contains(action), let reason = dossier.formerMunicipalityReason {
            state.message = Message.reason(reason).text(l)
            return []
        }
        switch action {
        case .newSession:
            openForm(Forms.newSession(code, state: state), &state)
        case .newApplication:
            if let existing = dossier.applications.first(where: { $0.status.isOpen || $0.status.isGranted }) {
                state.message = Message.reason(.openApplicationExists(title: existing.title, status: existing.status)).text(l)
                return []
            }
            openForm(Forms.newApplication(code, state: state), &state)
        case .step:
            guard let application = dossier.openApplication else {
                state.message = Message.reason(.noOpenApplication).text(l)
                return []
            }
            state.stack.append(.stepChooser(code, options: application.status.nextSteps, selection: 0))
        case .toggleFollowUp:
            guard section == .followUps, case (.followUp, let id)? = DossierLayout.selectedRecord(section, position: position, dossier: dossier),
                  let f = dossier.sessions.flatMap(\.followUps).first(where: { $0.id == id }) else { return [] }
            return save(dossier.settingFollowUp(f.id, done: !f.done, context: state.caseload.context), &state)
        case .newContact:
            openForm(Forms.contact(code, contact: nil), &state)
        case .edit:
            if case (.application, let id)? = DossierLayout.selectedRecord(section, position: position, dossier: dossier),
               let application = dossier.applications.first(where: { $0.id == id }), application.status != .draft {
                state.message = Message.reason(.editOnlyDraft(application.status)).text(l)
                return []
            }
            guard let (kind, id) = DossierLayout.selectedRecord(section, position: position, dossier: dossier),
                  let form = Forms.edit(code, kind: kind, id: id, dossier: dossier, state: state) else {
                state.message = Message.nothingSelected.text(l)
                return []
            }
            openForm(form, &state)
        case .delete:
            guard section != .overview, let (kind, id) = DossierLayout.selectedRecord(section, position: position, dossier: dossier) else {
                state.message = Message.nothingSelected.text(l)
                return []
            }
            if kind == .application {
                state.message = Message.reason(.applicationsAreWithdrawn).text(l)
                return []
            }
            state.stack.append(.confirmDelete(code, kind: kind, id: id))
        case .undo, .redo:
            let redo = action == .redo
            let actor = state.caseload.actor
            guard let change = redo ? dossier.undoToRedo(by: actor) : dossier.changeToUndo(by: actor) else {
                state.message = Message.reason(redo ? .nothingToRedo : .nothingToUndo).text(l)
                return []
            }
            // Refused at once when it could not be done; what was done in this run goes back at once;
            // an older change only after a question.
            if case .failure(let refusal) = Result(catching: { () throws(Refusal) in try dossier.undoing(change.id, context: state.caseload.context) }) {
                state.message = refusal.reasons.map { Message.reason($0).text(l) }.joined(separator: "; ")
                return []
            }
            if state.changesThisRun.contains(change.id) { return undo(change.id, code: code, redo: redo, &state) }
            let words = Message.changeInWords(redo ? (dossier.changes.first { $0.id == change.undoes } ?? change) : change, in: dossier, l)
            state.stack.append(.confirmUndo(code, change: change.id, redo: redo,
                                            question: Message.confirmUndo(words, on: change.on.description, redo: redo).text(l)))
        default: break
        }
        return []
    }

    static func confirm(_ key: Key, _ state: inout AppState) -> [Effect] {
        if case .offerDraft(let draft)? = state.stack.last {
            state.stack.removeLast()
            switch key {
            case .character("y"), .character("j"), .enter:
                if let form = Forms.restore(draft, state: state) {
                    state.stack.append(.dossier(draft.purpose.code, section: .overview, position: ListPosition(), expanded: false))
                    state.stack.append(.form(form))
                    return []
                }
                state.message = Message.draftGone.text(state.language)
                return [.keepDraft(nil)]
            case .character("n"), .escape:
                return [.keepDraft(nil)]
            default:
                state.stack.append(.offerDraft(draft))
                return []
            }
        }
        if case .confirmUndo(let code, let change, let redo, _)? = state.stack.last {
            let question = state.stack.removeLast()
            switch key {
            case .character("y"), .character("j"), .enter: return undo(change, code: code, redo: redo, &state)
            case .character("n"), .escape, .character("q"): return []
            default:
                state.stack.append(question)
                return []
            }
        }
        guard case .confirmDelete(let code, let kind, let id)? = state.stack.last else { return [] }
        switch key {
        case .character("y"), .character("j"), .enter:
            state.stack.removeLast()
            guard let dossier = state.caseload.dossiers[code] else { return [] }
            do {
                return save(try dossier.removing(kind, id: id, context: state.caseload.context), &state)
            } catch {
                state.message = error.reasons.map { Message.reason($0).text(state.language) }.joined(separator: "; ")
            }
        case .character("n"), .escape, .character("q"):
            state.stack.removeLast()
        default: break
        }
        return []
    }

    /// Takes back a change (or redoes an undo) and says what it was, in words.
    static func undo(_ change: String, code: MunicipalityCode, redo: Bool, _ state: inout AppState) -> [Effect] {
        let l = state.language
        guard let dossier = state.caseload.dossiers[code], let target = dossier.changes.first(where: { $0.id == change }) else { return [] }
        do {
            let next = try dossier.undoing(change, context: state.caseload.context)
            let original = redo ? (dossier.changes.first { $0.id == target.undoes } ?? target) : target
            let words = Message.changeInWords(original, in: dossier, l)
            let effects = save(next, &state)
            state.messageAfterSave = (redo ? Message.redid(words) : Message.undid(words, redoKey: true)).text(l)
            return effects
        } catch {
            state.message = error.reasons.map { Message.reason($0).text(l) }.joined(separator: "; ")
            return []
        }
    }

    /// Shows the change at once and asks the run loop to write it.
    static func save(_ dossier: Dossier, _ state: inout AppState) -> [Effect] {
        let before = Set((state.caseload.dossiers[dossier.code]?.history ?? []).map(\.id))
        state.changesThisRun.formUnion(dossier.history.filter { !before.contains($0.id) }.map(\.change))
        state.caseload.dossiers[dossier.code] = dossier
        state.rebuildRows()
        return [.save(dossier)]
    }

    static func stepChooser(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .stepChooser(let code, let options, var selection)? = state.stack.last else { return [] }
        switch action {
        case .quit: return [.quit]
        case .back: state.stack.removeLast(); return []
        case .help: state.stack.append(.help(scroll: 0)); return []
        case .moveUp: selection = max(0, selection - 1)
        case .moveDown: selection = min(options.count - 1, selection + 1)
        case .open:
            guard selection < options.count, let application = state.caseload.dossiers[code]?.openApplication else { return [] }
            var form = Forms.step(code, application: application, target: options[selection], state: state)
            checkStep(&form, &state)  // a step the rules refuse says why at once
            state.stack[state.stack.count - 1] = .form(form)
            return []
        default: return []
        }
        state.stack[state.stack.count - 1] = .stepChooser(code, options: options, selection: selection)
        return []
    }

    /// The run loop's answer to a save.
    static func saveResult(_ event: Event, _ state: inout AppState) -> [Effect] {
        let l = state.language
        switch event {
        case .saved(let code, let unconfirmed):
            let message = unconfirmed.map { Message.savedUnconfirmed($0).text(l) } ?? state.messageAfterSave ?? Message.savedShort(ReferenceData.shared.municipality(code)?.name ?? code.rawValue).text(l)
            state.messageAfterSave = nil
            if case .form(let form)? = state.stack.last, form.saving {
                state.stack.removeLast()
                state.message = message
                state.rebuildRows()
                return [.keepDraft(nil)]
            }
            state.message = message
        case .saveFailed(let code, let error, let current):
            state.messageAfterSave = nil
            // Show what is on disk now; an open form keeps what was typed (and says so under it).
            state.caseload.dossiers[code] = current
            let inForm: Bool
            if case .form(var form)? = state.stack.last {
                inForm = true
                form.saving = false
                form.failure = error.message(l, conflict: .saveAgain)   // what was typed is kept: Ctrl-S again
                state.stack[state.stack.count - 1] = .form(form)
            } else {
                inForm = false
            }
            state.message = inForm ? nil : error.message(l, conflict: .doAgain)
        case .synced(let message, let dossiers, let unreadable):
            // Bring in what the team changed; an open form keeps what was typed.
            state.caseload.dossiers = dossiers
            state.caseload.unreadable = unreadable
            state.message = message
        case .key: break
        }
        state.rebuildRows()
        return []
    }
}
