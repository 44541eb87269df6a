import ImpulsCore

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
}
