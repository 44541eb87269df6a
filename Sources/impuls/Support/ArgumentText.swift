import ImpulsCore
import ImpulsText
import ImpulsStore

/// Text typed on the command line holds no control character but line breaks and tabs. Every
/// argument is checked before any is parsed, so no option of any command, now or added later,
/// can carry an escape sequence into a dossier. (The interface's forms never get one: the key
/// decoder turns control characters into keys or drops them.)
enum ArgumentText {
    /// A usage failure (exit status 2) naming the first argument that holds one, by the option
    /// it follows; nothing when none does.
    static func refuseControlCharacters(_ arguments: [String]) throws {
        for (index, argument) in arguments.enumerated() {
            guard let found = argument.disallowedControlCharacter else { continue }
            let option: String?
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            if argument.hasPrefix("--"), argument.contains("="), name.disallowedControlCharacter == nil {
                option = name
            } else if index > 0, arguments[index - 1].hasPrefix("-"), arguments[index - 1].disallowedControlCharacter == nil, !argument.hasPrefix("-") {
                option = arguments[index - 1]
            } else {
                option = nil
            }
            let message = Message.controlCharacterInArgument(after: option, text: argument.escapingControlCharacters, found: found)
            throw CommandFailure.usage(message.text(CommandLineLanguage.decide(arguments)))
        }
    }
}
