import ImpulsCore
import ImpulsText
import ImpulsStore

/// A command that could not do what was asked: the message for stderr and the exit status.
struct CommandFailure: Error {
    let message: String
    let status: Int32

    /// Exit status 1: a rule of the scheme refused it.
    static func refused(_ reasons: [String]) -> CommandFailure {
        CommandFailure(message: reasons.joined(separator: "\n"), status: 1)
    }

    /// Exit status 2: bad usage, config or data.
    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 2) }

    /// Exit status 3: the file changed on disk meanwhile and the change could not be re-applied.
    static func conflict(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 3) }

    /// A failed write, with the exit status that says what kind of failure it was.
    static func store(_ error: StoreError, language: Language) -> CommandFailure {
        if case .conflict = error { return .conflict(error.message(language, conflict: .runAgain)) }
        return .usage(error.message(language))
    }
}
