import ImpulsCore
import ImpulsText

/// Changes started in the dossier: a form, the step chooser, a follow-up ticked, a question
/// before deleting or undoing — each refused at once, in words, when it could not be done here.
extension DossierFeature {
    static func edit(_ action: Action, _ state: State, _ context: inout Context) -> [Command] {
        let l = context.language
        let code = state.code
        if let refusal = context.changeRefusal(code) { return [.say(refusal)] }
        let dossier = context.dossier(code)
        // Refuse before the typing: a form that could not be saved here does not open.
        if [.newSession, .newApplication, .newContact].contains(action), let reason = dossier.formerMunicipalityReason {
            return [.say(Message.reason(reason).text(l))]
        }
        switch action {
        case .newSession:
            return [.open(.form(FormFeature.opened(Forms.newSession(code, context), context)))]
        case .newApplication:
            if let existing = dossier.applications.first(where: { $0.status.isOpen || $0.status.isGranted }) {
                return [.say(Message.reason(.openApplicationExists(title: existing.title, status: existing.status)).text(l))]
            }
            return [.open(.form(FormFeature.opened(Forms.newApplication(code, context), context)))]
        case .step:
            // On the Application tab the chosen one; elsewhere the one open application (`reduce`
            // sends the user to choose when there are more).
            if state.section == .application, let application = chosenApplication(state, dossier: dossier) {
                guard !application.status.nextSteps.isEmpty else {
                    return [.say(Message.ui(.noStepFrom(title: application.title, status: application.status)).text(l))]
                }
                return [.open(.stepChooser(StepFeature.Chooser(code: code, applicationID: application.id, options: application.status.nextSteps)))]
            }
            guard let application = dossier.openApplication else { return [.say(Message.reason(.noOpenApplication).text(l))] }
            return [.open(.stepChooser(StepFeature.Chooser(code: code, applicationID: application.id, options: application.status.nextSteps)))]
        case .resolveNotice:
            guard !dossier.openNotices.isEmpty else { return [.say(Message.ui(.noOpenNotices).text(l))] }
            guard let notice = chosenNotice(state, dossier: dossier) else { return [.say(Message.ui(.resolveOnOverview).text(l))] }
            // Refused at once when it could not be done (a blocking notice whose cause is still there).
            if case .failure(let refusal) = Result(catching: { () throws(Refusal) in try dossier.resolvingNotice(notice.id, context: context.caseload.context) }) {
                return [.refused(refusal, l)]
            }
            return [.open(.confirmResolve(code, notice: notice.id, question: Message.ui(.confirmResolve(noticeInWords(notice, dossier).text(l))).text(l)))]
        case .toggleFollowUp:
            guard state.section == .followUps, case (.followUp, let id)? = selectedRecord(state, dossier: dossier),
                  let f = dossier.sessions.flatMap(\.followUps).first(where: { $0.id == id }) else { return [] }
            do {
                return [.save(try dossier.settingFollowUp(f.id, done: !f.done, context: context.caseload.context))]
            } catch {
                return [.refused(error, l)]
            }
        case .newContact:
            return [.open(.form(FormFeature.opened(Forms.contact(code, contact: nil), context)))]
        case .edit:
            if case (.application, let id)? = selectedRecord(state, dossier: dossier),
               let application = dossier.applications.first(where: { $0.id == id }), application.status != .draft {
                return [.say(Message.reason(.editOnlyDraft(application.status)).text(l))]
            }
            guard let (kind, id) = selectedRecord(state, dossier: dossier),
                  let form = Forms.edit(code, kind: kind, id: id, dossier: dossier, context) else {
                return [.say(Message.nothingSelected.text(l))]
            }
            return [.open(.form(FormFeature.opened(form, context)))]
        case .delete:
            guard state.section != .overview, let (kind, id) = selectedRecord(state, dossier: dossier) else {
                return [.say(Message.nothingSelected.text(l))]
            }
            if kind == .application { return [.say(Message.reason(.applicationsAreWithdrawn).text(l))] }
            return [.open(.confirmDelete(code, kind: kind, id: id))]
        case .undo, .redo:
            let redo = action == .redo
            let author = context.caseload.context.author
            guard let change = redo ? dossier.undoToRedo(by: author) : dossier.changeToUndo(by: author) else {
                return [.say(Message.reason(redo ? .nothingToRedo : .nothingToUndo).text(l))]
            }
            // Refused at once when it could not be done; what was done in this run goes back at once;
            // an older change only after a question.
            if case .failure(let refusal) = Result(catching: { () throws(Refusal) in try dossier.undoing(change.id, context: context.caseload.context) }) {
                return [.refused(refusal, l)]
            }
            if context.changesThisRun.contains(change.id) { return undo(change.id, code: code, redo: redo, context) }
            let words = Message.changeInWords(redo ? (dossier.changes.first { $0.id == change.undoes } ?? change) : change, in: dossier, l)
            return [.open(.confirmUndo(code, change: change.id, redo: redo,
                                       question: Message.confirmUndo(words, on: change.on.description, redo: redo).text(l)))]
        default: return []
        }
    }

    /// Takes back a change (or redoes an undo) and says what it was, in words.
    /// `redoKey`: the message names `U` (in the dossier, where `U` redoes).
    static func undo(_ change: String, code: MunicipalityCode, redo: Bool, redoKey: Bool = true, _ context: Context) -> [Command] {
        let l = context.language
        guard let dossier = context.caseload.dossiers[code], let target = dossier.changes.first(where: { $0.id == change }) else { return [] }
        do {
            let next = try dossier.undoing(change, context: context.caseload.context)
            let original = redo ? (dossier.changes.first { $0.id == target.undoes } ?? target) : target
            let words = Message.changeInWords(original, in: dossier, l)
            return [.save(next, thenSay: (redo ? Message.redid(words) : Message.undid(words, redoKey: redoKey)).text(l))]
        } catch {
            return [.refused(error, l)]
        }
    }
}

extension DossierFeature {
    /// A notice as the overview says it.
    static func noticeInWords(_ notice: Notice, _ dossier: Dossier) -> Message {
        Message.notice(notice, in: dossier)
    }
}

/// The questions asked over the dossier (delete this? undo that older change? mark this notice
/// done?) and on start (continue the form typed in before a crash?): `y`, `j` or Enter answer yes;
/// `n` or Esc no.
enum ConfirmFeature {
    static func reduce(_ question: AppState.Screen, _ key: Key, _ context: inout Context) -> [Command] {
        let yes = key == .character("y") || key == .character("j") || key == .enter
        switch question {
        case .offerDraft(let draft):
            if yes {
                guard let form = Forms.restore(draft, context) else {
                    return [.close, .say(Message.draftGone.text(context.language)), .effect(.keepDraft(nil))]
                }
                return [.close, .open(.dossier(DossierFeature.State(draft.purpose.code))), .open(.form(form))]
            }
            if key == .character("n") || key == .escape { return [.close, .effect(.keepDraft(nil))] }
        case .confirmUndo(let code, let change, let redo, _):
            if yes { return [.close] + DossierFeature.undo(change, code: code, redo: redo, context) }
            if key == .character("n") || key == .escape || key == .character("q") { return [.close] }
        case .confirmResolve(let code, let id, _):
            if yes {
                guard let dossier = context.caseload.dossiers[code], let notice = dossier.notices.first(where: { $0.id == id }) else {
                    return [.close, .refused(Refusal([.recordNotFound]), context.language)]
                }
                if notice.resolved { return [.close] }   // a sync brought it resolved meanwhile
                do {
                    let words = DossierFeature.noticeInWords(notice, dossier).text(context.language)
                    return [.close, .save(try dossier.resolvingNotice(id, context: context.caseload.context),
                                          thenSay: Message.ui(.resolvedNotice(words)).text(context.language))]
                } catch {
                    return [.close, .refused(error, context.language)]
                }
            }
            if key == .character("n") || key == .escape || key == .character("q") { return [.close] }
        case .confirmDelete(let code, let kind, let id):
            if yes {
                guard let dossier = context.caseload.dossiers[code] else { return [.close] }
                do {
                    return [.close, .save(try dossier.removing(kind, id: id, context: context.caseload.context))]
                } catch {
                    return [.close, .refused(error, context.language)]
                }
            }
            if key == .character("n") || key == .escape || key == .character("q") { return [.close] }
        default: break
        }
        return []
    }
}
