import ImpulsCore
import ImpulsText

/// The agenda as the place to work through what is due: the list feature moves, Enter opens
/// the dossier on the item's own tab with the item selected, `x` ticks a follow-up off where it
/// stands, `r` shows the next region's agenda.
enum AgendaFeature {
    static func reduce(_ position: inout ListPosition, _ action: Action, _ context: inout Context) -> [Command] {
        let items = context.derived.agenda
        switch action {
        case .switchRegion:
            position = ListPosition()
            return [.switchRegion]
        case .dashboard: return [.openDashboard]
        case .toggleFollowUp: return tickOff(position, context)
        case .undo: return takeBackTick(context)
        default:
            switch ListFeature.reduce(&position, action, count: items.count, page: context.viewport.agendaHeight) {
            case .open(let index): return [.openDossier(opening(items[index], context))]
            case let outcome: return ListFeature.commands(outcome)
            }
        }
    }

    /// A click on screen line `y`: selects the item there, or opens it when it is selected already.
    static func click(_ position: inout ListPosition, row y: Int, _ context: inout Context) -> [Command] {
        let index = position.scroll + (y - 2) / context.viewport.agendaLinesPerItem
        guard y >= 2, (y - 2) / context.viewport.agendaLinesPerItem < context.viewport.agendaHeight,
              index < context.derived.agenda.count else { return [] }
        if index == position.selection { return reduce(&position, .open, &context) }
        position.selection = index
        return []
    }

    /// The item's dossier: a follow-up on Follow-ups, a project date on Application (its
    /// application chosen), a notice on the overview (where notices are listed first, it chosen).
    static func opening(_ item: AgendaItem, _ context: Context) -> DossierFeature.State {
        var opened = DossierFeature.State(item.municipality.code)
        if let dossier = context.caseload.dossiers[item.municipality.code] {
            switch item.kind {
            case .followUp:
                opened.section = .followUps
                opened.position.selection = DossierFeature.followUpsInOrder(dossier).firstIndex { $0.1.id == item.record } ?? 0
            case .projectEnd, .projectStart:
                opened.section = .application
                opened.position.selection = DossierFeature.applicationsInOrder(dossier).firstIndex { $0.id == item.record } ?? 0
            case .notice:
                opened.position.selection = dossier.openNotices.firstIndex { $0.id == item.record } ?? 0
            }
        }
        return opened
    }

    /// Marks the selected follow-up done, says so (and how to take it back), and keeps the
    /// selection on a row; anything else says what `x` is for.
    static func tickOff(_ position: ListPosition, _ context: Context) -> [Command] {
        let l = context.language
        let items = context.derived.agenda
        guard position.selection < items.count else { return [] }
        let item = items[position.selection]
        guard item.kind == .followUp, let id = item.record else { return [.say(Message.ui(.tickOnlyFollowUps).text(l))] }
        let code = item.municipality.code
        if let refusal = context.changeRefusal(code) { return [.say(refusal)] }
        guard let dossier = context.caseload.dossiers[code] else { return [] }
        do {
            return [.save(try dossier.settingFollowUp(id, done: true, context: context.caseload.context),
                          thenSay: Message.ui(.tickedOff(text: item.text, municipality: item.municipality.name)).text(l)),
                    .refit]
        } catch {
            return [.refused(error, l)]
        }
    }

    /// `u`: takes back the latest follow-up ticked off in this run — the change it made, as `u`
    /// in its dossier would — and says so; with none, says what `u` does here.
    static func takeBackTick(_ context: Context) -> [Command] {
        let l = context.language
        guard !context.readOnly else { return [.say(Message.readOnlyNothingToTakeBack.text(l))] }
        let author = context.caseload.context.author
        let ticks = context.caseload.dossiers.values.compactMap { dossier -> (Dossier, Undo)? in
            guard let change = dossier.changeToUndo(by: author), context.changesThisRun.contains(change.id),
                  change.entries.allSatisfy({ $0.field == .followUp(.done) && $0.new == "true" }),
                  let at = change.entries.map(\.at).max() else { return nil }
            return (dossier, Undo(id: change.id, at: at))
        }
        guard let (dossier, latest) = ticks.max(by: { ($0.1.at, $0.0.code.rawValue) < ($1.1.at, $1.0.code.rawValue) }) else {
            return [.say(Message.ui(.nothingTickedHere).text(l))]
        }
        return DossierFeature.undo(latest.id, code: dossier.code, redo: false, redoKey: false, context) + [.refit]
    }

    /// A change that `u` could take back, and when it was made.
    struct Undo {
        let id: String
        let at: Timestamp
    }
}
