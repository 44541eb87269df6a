import ImpulsCore

/// The words swift-argument-parser puts around the catalog's help (`OVERVIEW:`, `USAGE:`, the
/// section headings, its own `--help` and `--version`, defaults and values), in the help's language.
extension HelpText {
    /// The fragments, each as the parser writes it in English and as it reads in each language.
    static let framing: [HelpText] = [
        HelpText(nl: "OVERZICHT: ", en: "OVERVIEW: "),
        HelpText(nl: "ARGUMENTEN:\n", en: "ARGUMENTS:\n"),
        HelpText(nl: "OPTIES:\n", en: "OPTIONS:\n"),
        HelpText(nl: "SUBCOMMANDO'S:\n", en: "SUBCOMMANDS:\n"),
        HelpText(nl: " <subcommando>' voor de hulp bij één subcommando.", en: " <subcommand>' for detailed help."),
        HelpText(nl: "  Zie '", en: "  See '"),
        HelpText(nl: "Hulp tonen.", en: "Show help information."),
        HelpText(nl: "De versie tonen.", en: "Show the version."),
        HelpText(nl: "(standaard: ", en: "(default: "),
        HelpText(nl: "; standaard: ", en: "; default: "),
        HelpText(nl: "(waarden: ", en: "(values: "),
        HelpText(nl: " (standaard)\n", en: " (default)\n"),
    ]

    /// The usage heading, whose width the usage's further lines are indented by.
    static let usageHeading = HelpText(nl: "GEBRUIK: ", en: "USAGE: ")

    /// swift-argument-parser's help text with its own words in `language` (unchanged in English).
    public static func framed(_ help: String, _ language: Language) -> String {
        var text = help
        for fragment in framing { text = text.replacing(fragment.text(.en), with: fragment.text(language)) }
        let (english, heading) = (usageHeading.text(.en), usageHeading.text(language))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(english) }) else { return text }
        lines[start] = heading + lines[start].dropFirst(english.count)
        let indent = String(repeating: " ", count: max(0, heading.count - english.count))
        var index = start + 1
        while index < lines.count, lines[index].hasPrefix(String(repeating: " ", count: english.count)) {
            lines[index] = indent + lines[index]
            index += 1
        }
        return lines.joined(separator: "\n")
    }
}
