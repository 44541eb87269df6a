import ImpulsCore

/// What the command line says when it is used wrongly — a command or option that does not exist
/// (with what was probably meant), an argument too many or missing, a value it cannot read — in
/// place of swift-argument-parser's English. Each is one line; `usageLine` and `seeHelp` follow it.
extension CommandText {
    /// `impuls staus`: "‘staus’ is geen commando van impuls — bedoel je status?"; with nothing
    /// close, the commands there are.
    public static func unknownCommand(_ typed: String, of command: String, meant: [String], known: [String]) -> CommandText {
        if meant.isEmpty {
            return CommandText(nl: "‘\(typed)’ is geen commando van \(command); de commando's: \(known.joined(separator: ", "))",
                               en: "‘\(typed)’ is not a command of \(command); its commands: \(known.joined(separator: ", "))")
        }
        return CommandText(nl: "‘\(typed)’ is geen commando van \(command) — bedoel je \(alternatives(meant, .nl))?",
                           en: "‘\(typed)’ is not a command of \(command) — did you mean \(alternatives(meant, .en))?")
    }

    /// `impuls status --jsn`: "impuls status kent geen optie ‘--jsn’ — bedoel je --json?".
    public static func unknownOption(_ typed: String, of command: String, meant: [String]) -> CommandText {
        if meant.isEmpty {
            return CommandText(nl: "\(command) kent geen optie ‘\(typed)’", en: "\(command) has no option ‘\(typed)’")
        }
        return CommandText(nl: "\(command) kent geen optie ‘\(typed)’ — bedoel je \(alternatives(meant, .nl))?",
                           en: "\(command) has no option ‘\(typed)’ — did you mean \(alternatives(meant, .en))?")
    }

    /// A flag given a value: "‘--all’ neemt geen waarde, maar kreeg ‘yes’".
    public static func flagWithValue(_ flag: String, value: String) -> CommandText {
        CommandText(nl: "‘\(flag)’ neemt geen waarde, maar kreeg ‘\(value)’", en: "‘\(flag)’ takes no value, but was given ‘\(value)’")
    }

    /// More arguments than the command takes: "argument te veel voor impuls status: ‘Fryslân’".
    public static func extraArguments(_ values: [String], of command: String) -> CommandText {
        let quoted = values.map { "‘\($0)’" }.joined(separator: ", ")
        return values.count == 1
            ? CommandText(nl: "argument te veel voor \(command): \(quoted)", en: "one argument too many for \(command): \(quoted)")
            : CommandText(nl: "\(values.count) argumenten te veel voor \(command): \(quoted)", en: "\(values.count) arguments too many for \(command): \(quoted)")
    }

    /// An argument or option the command needs: "impuls session add heeft --summary <summary> nodig".
    public static func missingArgument(_ name: String, of command: String) -> CommandText {
        CommandText(nl: "\(command) heeft \(name) nodig", en: "\(command) needs \(name)")
    }

    /// An option given last, without its value: "‘--date’ zonder waarde: geef --date <date>".
    public static func missingValue(_ option: String, shape: String) -> CommandText {
        CommandText(nl: "‘\(option)’ zonder waarde: geef \(shape)", en: "‘\(option)’ without a value: give \(shape)")
    }

    /// A value that cannot be read: "‘xml’ is geen geldige waarde voor --format <format>; kies uit
    /// table, csv, json of markdown".
    public static func invalidValue(_ value: String, for name: String, choices: [String]) -> CommandText {
        let nl = "‘\(value)’ is geen geldige waarde voor \(name)", en = "‘\(value)’ is not a valid value for \(name)"
        if choices.isEmpty { return CommandText(nl: nl, en: en) }
        return CommandText(nl: nl + "; kies uit " + alternatives(choices, .nl), en: en + "; choose from " + alternatives(choices, .en))
    }

    /// The command's usage, after a usage error: "gebruik: impuls status [--region <region>] …".
    public static func usageLine(_ usage: String) -> CommandText {
        CommandText(nl: "gebruik: \(usage)", en: "usage: \(usage)")
    }

    /// Where to read more, after a usage error: "zie ‘impuls status --help’".
    public static func seeHelp(_ command: String) -> CommandText {
        CommandText(nl: "meer in ‘\(command) --help’", en: "more in ‘\(command) --help’")
    }

    /// `a`, `a of b`, `a, b of c` (`or` in English).
    private static func alternatives(_ names: [String], _ language: Language) -> String {
        let or = Message(nl: " of ", en: " or ").text(language)
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + or + last
    }
}
