#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls merge-driver BASE OURS THEIRS PATH`: what git calls to merge two versions of a dossier
/// (registered by `impuls sync --init`). Leaves the result in OURS and exits 0; exits 1 (a conflict
/// to git, which stops the merge) when a version cannot be read or is from a newer impuls.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver", abstract: .words(.mergeDriverAbstract),
        discussion: .words(.mergeDriverDiscussion))

    @Argument(help: .words(.mergeDriverBase)) var base: String
    @Argument(help: .words(.mergeDriverOurs)) var ours: String
    @Argument(help: .words(.mergeDriverTheirs)) var theirs: String
    @Argument(help: .words(.mergeDriverPath)) var path: String
    /// Hidden (git passes none of them): only for `--read-only`, as a driver run by hand writes OURS.
    @OptionGroup(visibility: .hidden) var global: GlobalOptions

    func run() throws {
        try global.refuseWritingWhenReadOnly()
        let language = ProcessEnvironment.language
        // For fault tests: a driver slow enough to kill its sync while it runs.
        if let delay = ProcessEnvironment.value("IMPULS_MERGE_DRIVER_DELAY_MS").flatMap(UInt32.init), delay > 0 { usleep(min(delay, 60_000) * 1000) }
        do {
            let limit = DataFolder.maximumFileSize
            let merged = try MergeDriver.merge(base: try OutputFile.read(base, limit: limit), ours: try OutputFile.read(ours, limit: limit),
                                               theirs: try OutputFile.read(theirs, limit: limit), path: path)
            try OutputFile.write(merged, to: ours, mode: 0o644)
        } catch {
            throw CommandFailure(message: Message.fileIssue(error).text(language), status: 1)
        }
    }
}
