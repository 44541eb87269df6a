import ArgumentParser

/// What a command's own help says about its options and arguments, read from swift-argument-parser's
/// help text (the one public place that lists them): the names each line starts with, its text,
/// and the values it takes (`(values: table, csv, json, markdown; …)`).
struct CommandHelpLines {
    /// One option or argument: its names (`-h`, `--help`; `<municipality>`), its shape as the usage
    /// writes it (`--date <date>`), its help and the values it takes.
    struct Entry {
        let names: [String]
        let shape: String
        let text: String
        let values: [String]
    }

    let entries: [Entry]

    init(_ command: ParsableCommand.Type) {
        // Wide enough that no help wraps: each entry is its line, or its line and the next.
        let lines = Impuls.helpMessage(for: command, columns: 1000).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var entries: [Entry] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            guard line.count - trimmed.count == 2, trimmed.hasPrefix("-") || trimmed.hasPrefix("<") else { continue }
            // The names and value names come first (`-h, --help`, `--date <date>`), then the help.
            var rest = trimmed[...], words: [Substring] = []
            while let word = rest.split(separator: " ", maxSplits: 1).first, word.hasPrefix("-") || word.hasPrefix("<") || word == "..." {
                words.append(word)
                rest = rest[word.endIndex...].drop { $0 == " " }
            }
            let shape = words.joined(separator: " ")
            var text = String(rest).trimmingCharacters(" ")
            if text.isEmpty, index + 1 < lines.count { text = lines[index + 1].trimmingCharacters(" ") }
            var names: [String] = []
            for word in shape.split(separator: " ") {
                let name = word.hasSuffix(",") ? word.dropLast() : word
                if name.hasPrefix("-") { names.append(String(name)) } else if names.isEmpty { names.append(String(name)) }
            }
            entries.append(Entry(names: names, shape: shape.replacingOccurrencesOfShortNames(), text: text, values: Self.values(in: text)))
        }
        self.entries = entries
    }

    /// Every option name (long and short).
    var options: [String] { entries.flatMap(\.names).filter { $0.hasPrefix("-") } }

    /// The entry whose shape is `shape` (`--date <date>`, `<municipality>`), as the parser names it in its messages.
    func entry(shaped shape: String) -> Entry? { entries.first { $0.shape == shape } }

    /// The values listed in `(values: a, b, c; default: a)` or `(values: a, b, c)`.
    private static func values(in text: String) -> [String] {
        guard let start = text.firstRange(of: "(values: ") else { return [] }
        let list = text[start.upperBound...].prefix { $0 != ";" && $0 != ")" }
        return list.split(separator: ",").map { String($0).trimmingCharacters(" ") }
    }
}

private extension String {
    /// Without leading and trailing `character`s.
    func trimmingCharacters(_ character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }

    /// `-h, --help` as the usage writes it: the long name only.
    func replacingOccurrencesOfShortNames() -> String {
        guard hasPrefix("-"), !hasPrefix("--"), let comma = firstIndex(of: ",") else { return self }
        return String(self[index(after: comma)...]).trimmingCharacters(" ")
    }
}
