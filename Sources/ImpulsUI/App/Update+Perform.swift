import ImpulsCore
import ImpulsText

/// What the features ask of the app, done in order: views opened and closed, the region
/// switched, a change shown at once and written, the message line.
extension Update {
    static func perform(_ commands: [Command], _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for command in commands {
            switch command {
            case .quit: effects.append(.quit)
            case .close: state.stack.removeLast()
            case .openHelp: state.stack.append(.help(state.helpOpening()))
            case .open(let screen): state.stack.append(screen)
            case .replace(let screen): state.stack[state.stack.count - 1] = screen
            case .openDossier(let dossier):
                state.stack.append(.dossier(dossier))
                state.measure()
                if case .dossier(var opened)? = state.stack.last {
                    opened.reveal(state.viewport)
                    state.stack[state.stack.count - 1] = .dossier(opened)
                }
            case .openAgenda: state.stack.append(.agenda(ListPosition()))
            case .openDashboard: state.stack.append(.dashboard(DashboardFeature.State()))
            case .switchRegion: switchRegion(&state)
            case .say(let text): state.message = text
            case .save(let dossier, let thenSay):
                effects += save(dossier, &state)
                if let thenSay { state.messageAfterSave = thenSay }
            case .effect(let effect): effects.append(effect)
            case .refit:
                if case .agenda(var position)? = state.stack.last {
                    position.clamp(count: state.agenda.count, height: state.viewport.agendaHeight)
                    state.stack[state.stack.count - 1] = .agenda(position)
                }
            }
        }
        state.keepReportWithDashboard()
        return effects
    }

    static func switchRegion(_ state: inout AppState) {
        guard state.regions.count > 1 else {
            state.message = Message.onlyOneRegion.text(state.language)
            return
        }
        state.regionIndex = (state.regionIndex + 1) % state.regions.count
        state.home.list = ListPosition()
        state.refresh()
        state.message = state.regionTitle
    }

    /// Shows the change at once and asks the run loop to write it.
    static func save(_ dossier: Dossier, _ state: inout AppState) -> [Effect] {
        let before = Set((state.caseload.dossiers[dossier.code]?.history ?? []).map(\.id))
        let added = dossier.history.filter { !before.contains($0.id) }
        state.changesThisRun.formUnion(added.map(\.change))
        state.lastSaved = added.first.flatMap { first in dossier.changes.last { $0.id == first.change } }
        state.caseload.dossiers[dossier.code] = dossier
        state.refresh()
        return [.save(dossier)]
    }

    /// "Opgeslagen voor Ameland: Gesprek van 2023-10-16 (advies) vastgelegd": the change just saved, in words.
    static func savedInWords(_ code: MunicipalityCode, _ state: AppState) -> String {
        let name = ReferenceData.shared.municipality(code)?.name ?? code.rawValue
        let words = state.lastSaved.flatMap { change in
            state.caseload.dossiers[code].map { Message.changeInWords(change, in: $0, state.language) }
        }
        return Message.savedShort(name, what: words).text(state.language)
    }

    /// The run loop's answer to a save or a sync.
    static func answer(_ event: Event, _ state: inout AppState) -> [Effect] {
        let l = state.language
        switch event {
        case .saved(let code, let unconfirmed):
            let message = unconfirmed.map { Message.savedUnconfirmed($0).text(l) } ?? state.messageAfterSave ?? savedInWords(code, state)
            state.messageAfterSave = nil
            state.message = message
            if case .form(let form)? = state.stack.last, form.saving {
                state.stack.removeLast()
                return [.keepDraft(nil)]
            }
            return []
        case .saveFailed(let code, let error, let current):
            state.messageAfterSave = nil
            // Show what is on disk now; an open form keeps what was typed (and says so under it).
            state.caseload.dossiers[code] = current
            if case .form(var form)? = state.stack.last {
                form.saving = false
                form.failure = error.message(l, conflict: .saveAgain)   // what was typed is kept: Ctrl-S again
                state.stack[state.stack.count - 1] = .form(form)
                state.message = nil
            } else {
                state.message = error.message(l, conflict: .doAgain)
            }
        case .syncStep(let step):
            state.sync?.step = step
            return []
        case .synced(let message):
            // The saves that waited go first (each against the revision it was made from, so one the
            // sync changed meets it as a conflict), then what the team changed is read in.
            let waiting = state.sync?.waitingSaves ?? []
            state.sync = nil
            state.message = message
            if let last = waiting.last {
                state.messageAfterSave = savedInWords(last.code, state) + " · " + message
            }
            return waiting.map { .save($0) } + [.rereadAfterSync]
        case .changedOutside(let changed, let removed, let unreadable, let quietly):
            // Shown where it is: rows, the open dossier, agenda, dashboard; the selection, the scroll
            // position and an open form (with what is typed) stay. A form's save meets the change as a
            // conflict (the store checks the revision the form started from).
            for (code, dossier) in changed {
                state.caseload.dossiers[code] = dossier
                state.caseload.unreadable[code] = nil
            }
            for code in removed {
                state.caseload.dossiers[code] = nil
                state.caseload.unreadable[code] = nil
            }
            for (code, issue) in unreadable {
                state.caseload.dossiers[code] = nil
                state.caseload.unreadable[code] = issue
            }
            let name = { (code: MunicipalityCode) in ReferenceData.shared.municipality(code)?.name ?? code.rawValue }
            var said: [String] = []
            if !changed.isEmpty { said.append(Message.changedOutside(changed.keys.sorted().map(name)).text(l)) }
            if !removed.isEmpty { said.append(Message.removedOutside(removed.sorted().map(name)).text(l)) }
            if let first = unreadable.sorted(by: { $0.key < $1.key }).first { said.append(Message.fileIssue(first.value).text(l)) }
            if !quietly || !unreadable.isEmpty { state.message = said.joined(separator: " · ") }
            state.refresh()
            _ = perform([.refit], &state)
            return []
        case .key: return []
        }
        state.refresh()
        return []
    }
}
