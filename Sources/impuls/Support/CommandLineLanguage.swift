import ImpulsCore
import ImpulsStore

/// The language the command line speaks before a command runs — its help and its usage errors —
/// decided from the arguments and the environment before they are parsed (the help's texts are
/// read when the command types are first used): the language of the config `--config` names, else
/// of the one found as every command finds it (`IMPULS_CONFIG`, then `XDG_CONFIG_HOME`; Dutch when
/// there is none), else `LANG`'s when the config cannot be read. The man pages and the shell
/// completions are made from the help (`--experimental-dump-help`, `--generate-completion-script`):
/// those are English, as the man pages are.
enum CommandLineLanguage {
    /// Decided once, from this process's arguments.
    static let current: Language = decide(Array(CommandLine.arguments.dropFirst()))

    /// The language for these arguments (without the program's name).
    static func decide(_ arguments: [String]) -> Language {
        if arguments.contains(where: { $0 == "--experimental-dump-help" || $0.hasPrefix("--generate-completion-script") }) { return .en }
        var explicit: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--config", index + 1 < arguments.count { explicit = arguments[index + 1] }
            if argument.hasPrefix("--config=") { explicit = String(argument.dropFirst("--config=".count)) }
        }
        return (try? ConfigLoader.load(explicitPath: explicit))?.config.language ?? ProcessEnvironment.language
    }
}
