import Foundation
import Testing

/// The command line speaks the config's language before any command runs (#29): a typo'd command
/// or option gets impuls's own words with what was probably meant, `--help` and `help COMMAND` are
/// in that language, and the man pages and completions, made from the same help, stay English.
/// A follow-up is given on the command line as the session form takes it, `YYYY-MM-DD tekst`, or
/// as before, `TEXT@YYYY-MM-DD`.
@Suite struct CommandLineLanguageEndToEndTests {
    /// A home with a config in `language` (none: no config at all) and its environment.
    func home(_ language: String?) throws -> [String: String] {
        let home = temporaryFolder()
        if let language {
            try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
            try #"{"adviser": "Anne de Vries", "regions": ["Fryslân"], "language": "\#(language)"}"#
                .write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        }
        return pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": home + "/data", "COLUMNS": "100"])
    }

    @Test func aTypoedCommandIsAnsweredInTheConfigsLanguageWithWhatWasMeant() throws {
        for language in ["nl", nil] {
            let typo = try run(["staus"], environment: try home(language))
            #expect(typo.status == 2)
            #expect(typo.err.hasPrefix("impuls: ‘staus’ is geen commando van impuls — bedoel je status?\n"), "\(typo.err)")
            #expect(typo.err.contains("impuls: gebruik: impuls [--config <file>]"), "\(typo.err)")
            #expect(typo.err.contains("impuls: meer in ‘impuls --help’"), "\(typo.err)")
            #expect(!typo.err.contains("Error") && typo.out.isEmpty)
        }
        let english = try run(["staus"], environment: try home("en"))
        #expect(english.status == 2)
        #expect(english.err.hasPrefix("impuls: ‘staus’ is not a command of impuls — did you mean status?\n"), "\(english.err)")
        #expect(english.err.contains("impuls: usage: impuls [--config <file>]") && english.err.contains("more in ‘impuls --help’"))

        let nested = try run(["session", "ad", "Ameland"], environment: try home("nl"))
        #expect(nested.status == 2)
        #expect(nested.err.contains("‘ad’ is geen commando van impuls session — bedoel je add?"), "\(nested.err)")
        let asked = try run(["help", "sesion"], environment: try home("nl"))
        #expect(asked.status == 2 && asked.out.isEmpty)
        #expect(asked.err.contains("‘sesion’ is geen commando van impuls — bedoel je session?"), "\(asked.err)")
        // Nothing close: the commands there are.
        let far = try run(["qqqqqq"], environment: try home("en"))
        #expect(far.err.contains("‘qqqqqq’ is not a command of impuls; its commands: regions, municipalities,"), "\(far.err)")
    }

    @Test func aTypoedOptionAndOtherUsageErrorsAreAnsweredInTheConfigsLanguage() throws {
        let nl = try home("nl"), en = try home("en")
        let option = try run(["status", "--formt", "json"], environment: nl)
        #expect(option.status == 2)
        #expect(option.err.hasPrefix("impuls: impuls status kent geen optie ‘--formt’ — bedoel je --format?\n"), "\(option.err)")
        #expect(option.err.contains("impuls: gebruik: impuls status ") && option.err.contains("meer in ‘impuls status --help’"))
        let englishOption = try run(["status", "--formt", "json"], environment: en)
        #expect(englishOption.err.hasPrefix("impuls: impuls status has no option ‘--formt’ — did you mean --format?\n"), "\(englishOption.err)")

        // An option that is a value of another: that option with it. A one-letter typo suggests nothing.
        let value = try run(["status", "--json"], environment: nl)
        #expect(value.err.hasPrefix("impuls: impuls status kent geen optie ‘--json’ — bedoel je --format json?\n"), "\(value.err)")
        let short = try run(["status", "-x"], environment: en)
        #expect(short.status == 2 && short.err.hasPrefix("impuls: impuls status has no option ‘-x’\n"), "\(short.err)")

        let cases: [(arguments: [String], nl: String, en: String)] = [
            (["session", "add"], "impuls session add heeft <municipality> nodig", "impuls session add needs <municipality>"),
            (["session", "add", "Ameland", "--date"], "‘--date’ zonder waarde: geef --date <date>", "‘--date’ without a value: give --date <date>"),
            (["session", "add", "Ameland", "--summary", "x", "--date", "gisteren"], "‘gisteren’ is geen geldige waarde voor --date <date>",
             "‘gisteren’ is not a valid value for --date <date>"),
            (["status", "--format", "xml"], "‘xml’ is geen geldige waarde voor --format <format>; kies uit table, csv, json of markdown",
             "‘xml’ is not a valid value for --format <format>; choose from table, csv, json or markdown"),
            (["status", "--all=yes"], "‘--all’ neemt geen waarde, maar kreeg ‘yes’", "‘--all’ takes no value, but was given ‘yes’"),
            (["status", "Fryslân"], "argument te veel voor impuls status: ‘Fryslân’", "one argument too many for impuls status: ‘Fryslân’"),
        ]
        for (arguments, dutch, english) in cases {
            let inDutch = try run(arguments, environment: nl), inEnglish = try run(arguments, environment: en)
            #expect(inDutch.status == 2 && inEnglish.status == 2, "\(arguments)")
            #expect(inDutch.err.hasPrefix("impuls: " + dutch + "\n"), "\(arguments): \(inDutch.err)")
            #expect(inEnglish.err.hasPrefix("impuls: " + english + "\n"), "\(arguments): \(inEnglish.err)")
            #expect(!inDutch.err.contains("Error:") && !inEnglish.err.contains("Error:"))
        }
        // What the option is for, in the config's language, under a value it cannot read.
        let date = try run(["session", "add", "Ameland", "--summary", "x", "--date", "gisteren"], environment: nl)
        #expect(date.err.contains("impuls: --date <date>  Dag van het gesprek: JJJJ-MM-DD (of DD-MM-JJJJ); vandaag als je hem weglaat.\n"), "\(date.err)")
        let format = try run(["status", "--format", "xml"], environment: en)
        #expect(format.err.contains("impuls: --format <format>  Output format: table, csv, json or markdown. (values: table, csv, json, markdown; default: table)\n"),
                "\(format.err)")
        // --config on the command line decides, as for every other message.
        let configFile = temporaryFolder() + "/en.json"
        try #"{"language": "en"}"#.write(toFile: configFile, atomically: true, encoding: .utf8)
        let named = try run(["--config", configFile, "staus"], environment: nl)
        #expect(named.err.contains("did you mean status?"), "\(named.err)")
    }

    @Test func helpIsInTheConfigsLanguage() throws {
        let dutch = try run(["session", "add", "--help"], environment: try home("nl"))
        #expect(dutch.status == 0)
        for text in ["OVERZICHT: Een adviesgesprek met een gemeente vastleggen.", "GEBRUIK: impuls session add", "ARGUMENTEN:", "OPTIES:",
                     "Gemeente: CBS-code (GM0080) of naam", "Wat er is besproken.", "Hulp tonen.", "standaard: advice)",
                     "Een actie als \"JJJJ-MM-DD TEKST\", zoals in het formulier"] {
            #expect(dutch.out.contains(text), "\(text) in \(dutch.out)")
        }
        #expect(!dutch.out.contains("OVERVIEW") && !dutch.out.contains("What was discussed"))
        let root = try run(["help"], environment: try home(nil))
        #expect(root.out.contains("OVERZICHT: Dossiervolger voor de regioadviseurs") && root.out.contains("SUBCOMMANDO'S:"), "\(root.out)")
        #expect(root.out.contains("Zie 'impuls help <subcommando>' voor de hulp bij één subcommando."), "\(root.out)")
        let nested = try run(["help", "follow-up", "add"], environment: try home("nl"))
        #expect(nested.out.contains("Een actie aan een gesprek toevoegen"), "\(nested.out)")

        let english = try run(["session", "add", "--help"], environment: try home("en"))
        #expect(english.status == 0)
        for text in ["OVERVIEW: Log an advice session with a municipality.", "USAGE: impuls session add", "ARGUMENTS:", "OPTIONS:",
                     "What was discussed.", "Show help information.", "default: advice)", "A follow-up as \"YYYY-MM-DD TEXT\", as in the form"] {
            #expect(english.out.contains(text), "\(text) in \(english.out)")
        }
    }

    @Test func manPagesAndCompletionsAreMadeInEnglishWhateverTheConfig() throws {
        let dutch = try home("nl")
        let dump = try run(["--experimental-dump-help"], environment: dutch)
        #expect(dump.status == 0)
        #expect(dump.out.contains("Case tracker for the regional advisers") && dump.out.contains("Seconds to wait for the team repository."))
        #expect(!dump.out.contains("Dossiervolger") && !dump.out.contains("Gemeente: CBS-code"))
        let fish = try run(["--generate-completion-script", "fish"], environment: dutch)
        #expect(fish.out.contains("Only this region.") && !fish.out.contains("Alleen deze regio."), "\(fish.out.prefix(300))")
    }

    @Test func aFollowUpIsGivenAsInTheFormOrAsBefore() throws {
        let env = try home("en")
        #expect(try run(["session", "add", "Ameland", "--summary", "Begroting besproken",
                         "--follow-up", "2023-10-30 Begroting opvragen", "--follow-up", "Raad informeren@2023-11-06",
                         "--follow-up", "06-11-2023 Mail naar jan@ameland.nl"], environment: env).status == 0)
        let dossier = try run(["dossier", "show", "Ameland", "--format", "json"], environment: env)
        #expect(dossier.status == 0, "\(dossier.err)")
        for (text, due) in [("Begroting opvragen", "2023-10-30"), ("Raad informeren", "2023-11-06"), ("Mail naar jan@ameland.nl", "2023-11-06")] {
            #expect(dossier.out.contains(#""text" : "\#(text)""#) || dossier.out.contains(#""text": "\#(text)""#), "\(text) in \(dossier.out)")
            #expect(dossier.out.contains(due))
        }
        let wrong = try run(["session", "add", "Ameland", "--summary", "x", "--follow-up", "Begroting opvragen"], environment: env)
        #expect(wrong.status == 2)
        #expect(wrong.err.contains("‘Begroting opvragen’ is not a valid value for --follow-up <follow-up>"), "\(wrong.err)")
    }
}
