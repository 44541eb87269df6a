import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls undo MUNICIPALITY [--redo] [--yes]`: what `u` and `U` do in the interface. Without
/// `--yes` it only says what it would take back.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: .words(.undoAbstract),
        discussion: .words(.undoDiscussion))

    @OptionGroup var target: MunicipalityOptions
    @Flag(help: .words(.undoRedo)) var redo = false
    @Flag(help: .words(.undoYes)) var yes = false

    func run() throws {
        let (workspace, m) = try target.open(readOnly: !yes)
        let dossier = try workspace.stored(m.code).dossier
        let context = workspace.context
        guard let change = redo ? dossier.undoToRedo(by: context.author) : dossier.changeToUndo(by: context.author) else {
            throw CommandFailure.refused([Message.reason(redo ? .nothingToRedo : .nothingToUndo).text(workspace.language)])
        }
        let original = redo ? (dossier.changes.first { $0.id == change.undoes } ?? change) : change
        let words = Message.changeInWords(original, in: dossier, workspace.language)
        // What would refuse it is said without --yes too (as `u` says it before asking).
        if case .failure(let refusal) = Result(catching: { () throws(Refusal) in try dossier.undoing(change.id, context: context) }) {
            throw CommandFailure.refused(refusal.reasons.map { Message.reason($0).text(workspace.language) })
        }
        guard yes else {
            try Output.write(Message.wouldUndo(words, on: change.on.description, redo: redo).text(workspace.language) + "\n")
            return
        }
        try workspace.change(m.code) { current throws(Refusal) in try current.undoing(change.id, context: workspace.context) }
        try Output.write((redo ? Message.redid(words) : Message.undid(words, redoKey: false)).text(workspace.language) + "\n")
    }
}
