#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser

// Exit status: 0 done, 1 refused by a rule, 2 bad usage, config or data, 3 a conflict.
do {
    try ArgumentText.refuseControlCharacters(Array(CommandLine.arguments.dropFirst()))
    var command = try Impuls.parseAsRoot()
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
        print(Impuls.fullMessage(for: error))
        exit(0)
    }
    Output.error(Impuls.fullMessage(for: error))
    exit(2)
}
