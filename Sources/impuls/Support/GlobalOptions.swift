import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// Options every command takes: where the config and the data are.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: .words(.globalConfig, valueName: "file"),
            completion: .file(extensions: ["json"]))
    var config: String?

    @Option(name: .long, help: .words(.globalDataDir, valueName: "dir"),
            completion: .directory)
    var dataDir: [String] = []

    @Flag(help: .words(.globalReadOnly))
    var readOnly = false

    /// Ends a command that writes (to the data folder, or a new one) with exit status 2 when
    /// `--read-only` was given: called first, before anything is read, locked or written.
    func refuseWritingWhenReadOnly() throws {
        guard readOnly else { return }
        throw GlobalOptions.readOnlyRefusal(language: (try? ConfigLoader.load(explicitPath: config).config.language) ?? ProcessEnvironment.language)
    }

    /// What a writing command says when `--read-only` was given.
    static func readOnlyRefusal(language: Language) -> CommandFailure {
        CommandFailure.usage(Message.command(.readOnlyRefusesWriting, language))
    }

    /// The loaded config; a broken one ends the command with exit status 2.
    func loadConfig() throws -> Config {
        do {
            return try ConfigLoader.load(explicitPath: config).config
        } catch {
            throw CommandFailure.usage(Message.fileIssue(error).text(ProcessEnvironment.language))
        }
    }

    /// A path typed by the user, with `~` expanded; refused when it needs a HOME there is not.
    static func userPath(_ path: String) throws -> String {
        guard let full = ProcessEnvironment.expandHome(path) else {
            throw CommandFailure.usage(Message.noHome(what: path, flag: "--data-dir").text(ProcessEnvironment.language))
        }
        return full
    }
}

extension Config {
    /// The region named on the command line, or a usage failure that lists the known ones.
    func requireRegion(_ name: String) throws -> Region {
        switch region(named: name) {
        case .found(let region): return region
        case .notFound: throw CommandFailure.usage(Message.unknownRegion(name, known: regionDefinitions.map(\.name)).text(language))
        case .ambiguous(let candidates): throw CommandFailure.usage(Message.ambiguousRegion(name, candidates: candidates.map(\.name)).text(language))
        }
    }
}
