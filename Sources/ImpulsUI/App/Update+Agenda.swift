import ImpulsCore
import ImpulsText

/// Opening a dossier where something is: a filter's match, an agenda item.
extension Update {
    /// Opens the dossier; while filtering, on the tab where the filter matched, with that record
    /// selected (a session expanded).
    static func openMatch(_ m: Municipality, _ state: inout AppState) {
        guard state.isFiltering, let dossier = state.caseload.dossiers[m.code],
              let (part, _) = state.searchTexts[m.code]?.match(state.filter, width: 40) else {
            openDossier(m.code, &state)
            return
        }
        var position = ListPosition()
        var expanded = false
        let section: DossierSection
        switch part.field {
        case .sessionSummary, .sessionParticipants:
            section = .sessions
            position.selection = DossierLayout.sessionsInOrder(dossier).firstIndex { $0.id == part.record } ?? 0
            expanded = true
        case .followUp:
            section = .followUps
            position.selection = DossierLayout.followUpsInOrder(dossier).firstIndex { $0.1.id == part.record } ?? 0
        case .contactName, .contactRole, .contactEmail, .contactPhone:
            section = .contacts
            position.selection = dossier.contacts.firstIndex { $0.id == part.record } ?? 0
        case .applicationTitle, .applicationActivities, .applicationOutcome, .stepNote:
            section = .application
        case .name, .code, .notes, .adviser:
            section = .overview
        }
        state.stack.append(.dossier(m.code, section: section, position: position, expanded: expanded))
        position.clamp(count: DossierLayout.itemCount(section, state: state), height: DossierLayout.listHeight(state))
        state.stack[state.stack.count - 1] = .dossier(m.code, section: section, position: position, expanded: expanded)
    }
}

/// The agenda as the place to work through what is due: Enter opens the dossier on the item's own
/// tab with the item selected, `x` ticks a follow-up off where it stands.
extension Update {
    /// Opens the item's dossier: a follow-up on Follow-ups, a project date on Application, a
    /// notice on the overview (where notices are listed first).
    static func openAgendaItem(_ item: AgendaItem, _ state: inout AppState) {
        let code = item.municipality.code
        var section = DossierSection.overview
        var position = ListPosition()
        if let dossier = state.caseload.dossiers[code] {
            switch item.kind {
            case .followUp:
                section = .followUps
                position.selection = DossierLayout.followUpsInOrder(dossier).firstIndex { $0.1.id == item.record } ?? 0
            case .projectEnd, .projectStart:
                section = .application
            case .notice: break
            }
        }
        state.stack.append(.dossier(code, section: section, position: position, expanded: false))
        let count = DossierLayout.itemCount(section, state: state)
        position.clamp(count: count, height: DossierLayout.listHeight(state))
        state.stack[state.stack.count - 1] = .dossier(code, section: section, position: position, expanded: false)
    }

    /// Marks the selected follow-up done, says so (and how to take it back), and keeps the
    /// selection where it was; anything else says what `x` is for.
    static func tickOff(_ position: ListPosition, _ state: inout AppState) -> [Effect] {
        let l = state.language
        guard position.selection < state.agenda.count else { return [] }
        let item = state.agenda[position.selection]
        guard item.kind == .followUp, let id = item.record else {
            state.message = Message.ui(.tickOnlyFollowUps).text(l)
            return []
        }
        let code = item.municipality.code
        guard !state.readOnly, state.caseload.unreadable[code] == nil, let dossier = state.caseload.dossiers[code] else {
            state.message = Message.readOnlyRefusal.text(l)
            return []
        }
        let effects = save(dossier.settingFollowUp(id, done: true, context: state.caseload.context), &state)
        state.messageAfterSave = Message.ui(.tickedOff(text: item.text, municipality: item.municipality.name)).text(l)
        var next = position
        next.clamp(count: state.agenda.count, height: state.agendaHeight)
        state.stack[state.stack.count - 1] = .agenda(next)
        return effects
    }
}
