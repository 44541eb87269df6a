import ArgumentParser
import ImpulsCore
import ImpulsText

/// A refusal of swift-argument-parser's — a command or option that does not exist, an argument too
/// many or missing, a value it cannot read — worded by impuls in the command line's language, with
/// what was probably meant, the help of what it is about, the command's usage and where its help
/// is (exit status 2, as before). The parser's error types are its own: which refusal it is, and
/// the command it was parsing, are read from the error by reflection, the names as the parser
/// shows them from its message. A refusal not recognised so keeps the parser's own words.
enum UsageFailure {
    /// The failure for `error`, or nil when it is not a parser refusal impuls words itself.
    static func failure(for error: Error, language: Language) -> CommandFailure? {
        let mirror = Mirror(reflecting: error)
        guard let stack = mirror.descendant("commandStack") as? [ParsableCommand.Type], let command = stack.last,
              let parserError = mirror.descendant("parserError"),
              let kind = Mirror(reflecting: parserError).children.first?.label else { return nil }
        let message = Impuls.message(for: error)
        let names = quoted(message)
        let path = stack.map { $0._commandName }.joined(separator: " ")
        let help = CommandHelpLines(command)
        var about: String?
        let said: CommandText
        switch kind {
        case "unknownOption":
            guard let typed = names.first else { return nil }
            said = .unknownOption(typed, of: path, meant: meantOption(typed, help))
        case "invalidOption", "nonAlphanumericShortOption":
            guard let colon = message.firstIndex(of: ":") else { return nil }
            said = .unknownOption(String(message[message.index(after: colon)...]).drop { $0 == " " }.description, of: path, meant: [])
        case "unexpectedValueForOption":
            guard names.count >= 2 else { return nil }
            said = .flagWithValue(names[0], value: names[1])
        case "unexpectedExtraValues":
            guard let typed = names.first else { return nil }
            let known = subcommandNames(of: command, root: stack.count == 1)
            said = known.isEmpty ? .extraArguments(names, of: path)
                : .unknownCommand(typed, of: path, meant: NearestNames.among(known, typed: typed), known: known)
        case "noValue":
            guard let name = names.first else { return nil }
            said = .missingArgument(name, of: path)
            about = name
        case "missingValueForOption":
            guard let shape = names.first, let option = shape.split(separator: " ").first else { return nil }
            said = .missingValue(String(option), shape: shape)
            about = shape
        case "unableToParseValue":
            guard names.count >= 2 else { return nil }
            said = .invalidValue(names[0], for: names[1], choices: Array(names.dropFirst(2)))
            about = names[1]
        default:
            return nil
        }
        var lines = [Message.command(said, language)]
        // What the argument or option is, as its help says (the parser's own words in the help's language).
        if let about, let entry = help.entry(shaped: about), !entry.text.isEmpty {
            lines.append(entry.shape + "  " + HelpText.framed(entry.text, language))
        }
        if let usage = Impuls.fullMessage(for: error).split(separator: "\n").first(where: { $0.hasPrefix("Usage: ") }) {
            lines.append(Message.command(.usageLine(String(usage.dropFirst("Usage: ".count))), language))
        }
        lines.append(Message.command(.seeHelp(path), language))
        return CommandFailure.usage(lines.joined(separator: "\n"))
    }

    /// `impuls help NAME …` for a command that does not exist (the parser would show the root's
    /// help without a word): the same failure as typing it.
    static func checkHelpRequest(_ arguments: [String], language: Language) throws {
        guard arguments.first == "help" else { return }
        var command: ParsableCommand.Type = Impuls.self
        var path = [Impuls._commandName]
        for name in arguments.dropFirst() where !name.hasPrefix("-") {
            if let next = command.configuration.subcommands.first(where: { $0._commandName == name || $0.configuration.aliases.contains(name) }) {
                command = next
                path.append(name)
                continue
            }
            let known = subcommandNames(of: command, root: false), at = path.joined(separator: " ")
            let said: CommandText = known.isEmpty ? .extraArguments([name], of: at)
                : .unknownCommand(name, of: at, meant: NearestNames.among(known, typed: name), known: known)
            throw CommandFailure.usage(Message.command(said, language) + "\n" + Message.command(.seeHelp(at), language))
        }
    }

    /// The texts between single quotes in the parser's message, in order: the names it shows.
    static func quoted(_ message: String) -> [String] {
        message.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// The options close to the one typed (compared without their dashes, so a one-letter typo
    /// suggests nothing); for `--json` (or `--jsn`), the option that takes it as a value: `--format json`.
    private static func meantOption(_ typed: String, _ help: CommandHelpLines) -> [String] {
        let bare = { (name: String) in String(name.drop { $0 == "-" }) }
        let word = bare(typed)
        let asValues = help.entries.flatMap { entry in entry.values.compactMap { value in entry.names.last.map { (value: value, option: $0 + " " + value) } } }
        let exact = asValues.filter { $0.value.lowercased() == word.lowercased() }
        if !exact.isEmpty { return exact.map(\.option) }
        let options = help.options.filter { $0.hasPrefix("--") == typed.hasPrefix("--") }
        let close = Set(NearestNames.among(options.map(bare), typed: word))
        if !close.isEmpty { return options.filter { close.contains(bare($0)) } }
        let closeValues = Set(NearestNames.among(asValues.map(\.value), typed: word))
        return typed.hasPrefix("--") ? asValues.filter { closeValues.contains($0.value) }.map(\.option) : []
    }

    /// The command's subcommands by name (and `help` at the top), in the order help lists them.
    private static func subcommandNames(of command: ParsableCommand.Type, root: Bool) -> [String] {
        let names = command.configuration.subcommands.flatMap { [$0._commandName] + $0.configuration.aliases }
        return names.isEmpty || !root ? names : names + ["help"]
    }
}
