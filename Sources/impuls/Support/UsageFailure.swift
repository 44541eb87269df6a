import ArgumentParser
import ImpulsCore
import ImpulsText

/// A refusal of swift-argument-parser's — a command or option that does not exist, an argument too
/// many or missing, a value it cannot read — worded by impuls in the command line's language, with
/// what was probably meant, the command's usage and where its help is (exit status 2, as before).
/// The parser's error types are its own: which refusal it is, and the command it was parsing, are
/// read from the error by reflection, the names as the parser shows them from its message. A
/// refusal not recognised so keeps the parser's own words.
enum UsageFailure {
    /// The failure for `error`, or nil when it is not a parser refusal impuls words itself.
    static func failure(for error: Error, language: Language) -> CommandFailure? {
        let mirror = Mirror(reflecting: error)
        guard let stack = mirror.descendant("commandStack") as? [ParsableCommand.Type], let command = stack.last,
              let parserError = mirror.descendant("parserError"),
              let kind = Mirror(reflecting: parserError).children.first?.label else { return nil }
        let names = quoted(Impuls.message(for: error))
        let path = stack.map { $0._commandName }.joined(separator: " ")
        let said: CommandText
        switch kind {
        case "unknownOption":
            guard let typed = names.first else { return nil }
            said = .unknownOption(typed, of: path, meant: NearestNames.among(options(of: command), typed: typed))
        case "unexpectedExtraValues":
            guard let typed = names.first else { return nil }
            let known = subcommandNames(of: command, root: stack.count == 1)
            said = known.isEmpty ? .extraArguments(names, of: path)
                : .unknownCommand(typed, of: path, meant: NearestNames.among(known, typed: typed), known: known)
        case "noValue":
            guard let name = names.first else { return nil }
            said = .missingArgument(name, of: path)
        case "missingValueForOption":
            guard let shape = names.first, let option = shape.split(separator: " ").first else { return nil }
            said = .missingValue(String(option), shape: shape)
        case "unableToParseValue":
            guard names.count >= 2 else { return nil }
            said = .invalidValue(names[0], for: names[1], choices: Array(names.dropFirst(2)))
        default:
            return nil
        }
        return unknown(said, in: path, error: error, language: language)
    }

    /// `impuls help NAME …` for a command that does not exist (the parser would show the root's
    /// help without a word): the same failure as typing it.
    static func checkHelpRequest(_ arguments: [String], language: Language) throws {
        guard arguments.first == "help" else { return }
        var command: ParsableCommand.Type = Impuls.self
        var path = [Impuls._commandName]
        for name in arguments.dropFirst() where !name.hasPrefix("-") {
            let subcommands = command.configuration.subcommands
            if let next = subcommands.first(where: { $0._commandName == name || $0.configuration.aliases.contains(name) }) {
                command = next
                path.append(name)
                continue
            }
            let known = subcommandNames(of: command, root: false)
            let said: CommandText = known.isEmpty ? .extraArguments([name], of: path.joined(separator: " "))
                : .unknownCommand(name, of: path.joined(separator: " "), meant: NearestNames.among(known, typed: name), known: known)
            throw CommandFailure.usage([Message.command(said, language), Message.command(.seeHelp(path.joined(separator: " ")), language)].joined(separator: "\n"))
        }
    }

    /// The refusal, the usage the parser gives for the command, and where its help is.
    private static func unknown(_ said: CommandText, in path: String, error: Error, language: Language) -> CommandFailure {
        var lines = [Message.command(said, language)]
        let full = Impuls.fullMessage(for: error).split(separator: "\n").map(String.init)
        if let usage = full.first(where: { $0.hasPrefix("Usage: ") }) {
            lines.append(Message.command(.usageLine(String(usage.dropFirst("Usage: ".count))), language))
        }
        lines.append(Message.command(.seeHelp(path), language))
        return CommandFailure.usage(lines.joined(separator: "\n"))
    }

    /// The texts between single quotes in the parser's message, in order: the names it shows.
    static func quoted(_ message: String) -> [String] {
        message.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// The command's subcommands by name (and `help` at the top), in the order help lists them.
    private static func subcommandNames(of command: ParsableCommand.Type, root: Bool) -> [String] {
        let names = command.configuration.subcommands.flatMap { [$0._commandName] + $0.configuration.aliases }
        return names.isEmpty || !root ? names : names + ["help"]
    }

    /// The long and short options the command takes, as its help lists them.
    private static func options(of command: ParsableCommand.Type) -> [String] {
        var found: [String] = []
        for line in Impuls.helpMessage(for: command, columns: 400).split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("-"), line.count - trimmed.count <= 4 else { continue }
            for word in trimmed.split(separator: " ") {
                let name = word.hasSuffix(",") ? word.dropLast() : word
                guard name.hasPrefix("-") else { break }
                found.append(String(name))
            }
        }
        return found
    }
}
