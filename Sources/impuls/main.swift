#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ImpulsText

// Exit status: 0 done, 1 refused by a rule, 2 bad usage, config or data, 3 a conflict.
// Help and usage errors speak the config's language (`CommandLineLanguage`), the man pages English.
do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    try ArgumentText.refuseControlCharacters(arguments)
    try UsageFailure.checkHelpRequest(arguments, language: CommandLineLanguage.current)
    var command = try Impuls.parseAsRoot(DashText.positionals(arguments))
    try command.run()
    Progress.finish()
    exit(0)
} catch let failure as CommandFailure {
    Progress.finish()
    Output.error(failure.message)
    exit(failure.status)
} catch {
    Progress.finish()
    let code = Impuls.exitCode(for: error)
    if code == .success {
        // Help (in the command line's language), the version, or what the man pages and completions are made from.
        print(HelpText.framed(Impuls.fullMessage(for: error), CommandLineLanguage.current))
        exit(0)
    }
    if let failure = UsageFailure.failure(for: error, language: CommandLineLanguage.current) {
        Output.error(failure.message)
        exit(failure.status)
    }
    Output.error(Impuls.fullMessage(for: error))
    exit(2)
}
