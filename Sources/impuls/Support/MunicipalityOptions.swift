import ArgumentParser
import ImpulsCore

/// What every command about one municipality's dossier takes: where the config and data are, and
/// the municipality (positional, before any other argument).
struct MunicipalityOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @Argument(help: .words(.municipality))
    var municipality: String

    /// The workspace (read-only when asked) and the municipality named, or a usage failure.
    func open(readOnly: Bool = false) throws -> (Workspace, Municipality) {
        let workspace = try Workspace(global, readOnly: readOnly)
        return (workspace, try workspace.municipality(municipality))
    }
}
