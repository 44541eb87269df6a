import Foundation
import Testing
import ImpulsCore
@testable import ImpulsText

/// The catalog is the one place where user text is written: every entry says something in both
/// languages, and nothing outside ImpulsText picks words by language.
@Suite struct CatalogTests {
    /// Every entry the catalog declares (`static let x = Message(…)`, `static func x(…) -> Message`,
    /// and the same for its groups), found in its source, as `Type.name`.
    static let declared: Set<String> = {
        let types = "Message|InterfaceText|CommandText|ReportText|TerminalText|HelpText"
        let patterns = [#"static let (\w+) = ("# + types + #")\("#, #"static func (\w+)\((?:[^()]|\([^()]*\))*\)\s*->\s*("# + types + #")\b"#]
        var names = Set<String>()
        for (_, text) in Source.files(in: "Sources/ImpulsText") {
            for pattern in patterns {
                let regex = try! NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    let name = String(text[Range(match.range(at: 1), in: text)!]), type = String(text[Range(match.range(at: 2), in: text)!])
                    names.insert(type + "." + name)
                }
            }
        }
        return names
    }()

    @Test func everyEntryHasSamples() {
        #expect(Self.declared.count > 300, "the catalog's source was read")
        let sampled = Set(CatalogSamples.all.keys)
        #expect(Self.declared.subtracting(sampled).sorted() == [], "entries without samples: add them to CatalogSamples")
        #expect(sampled.subtracting(Self.declared).sorted() == [], "samples of entries that are gone")
    }

    @Test func everyEntryReadsInBothLanguages() {
        for (name, messages) in CatalogSamples.all {
            #expect(!messages.isEmpty, "\(name) has no sample")
            for message in messages {
                for language in Language.allCases {
                    let text = message.text(language)
                    #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(name) is empty in \(language)")
                    // Help's discussions are paragraphs; everything else is one line.
                    #expect(name.hasPrefix("HelpText.") || !text.contains("\n"), "\(name) in \(language) is one line: \(text)")
                }
            }
        }
    }

    /// The typed values the catalog words are sampled in every case: a case added to `Reason`
    /// (and the others) without a sample fails here, as it would go unworded unseen.
    @Test(arguments: [
        ("Reason", Samples.reasons.map(caseName)), ("DataProblem", Samples.problems.map(caseName)),
        ("Expectation", Samples.expectations.map(caseName)), ("DoctorLine", Samples.doctorLines.map(caseName)),
        ("StoreError", Samples.storeErrors.map(caseName)),
    ])
    func typedValuesAreSampledInEveryCase(type: String, sampled: [String]) {
        let cases = Source.cases(ofEnum: type)
        #expect(cases.count >= 3, "the declaration of \(type) was found")
        #expect(Set(cases).subtracting(sampled).sorted() == [], "cases of \(type) without a sample in Samples")
    }

    /// No text is built by language outside the catalog: no `nl ? … : …`, no comparing or switching
    /// on `.nl`/`.en` — a language is only passed on, to `text(_:)` and the formatters here.
    @Test func noTextIsChosenByLanguageOutsideTheCatalog() {
        let files = Source.files(in: "Sources").filter { !$0.path.hasPrefix("Sources/ImpulsText/") }
        #expect(files.count > 100, "the sources were read")
        var found: [String] = []
        for (path, text) in files {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if Self.choosesByLanguage(line) {
                    found.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found == [], "user text chosen by language outside ImpulsText: move it into the catalog")
    }

    /// Whether a line of source picks words by language.
    static func choosesByLanguage(_ line: String) -> Bool {
        let patterns = [#"\bnl \?"#, #"\.(nl|en) \?"#, #"[=!]= \.(nl|en)\b"#, #"case \.(nl|en)\b"#, #"\bMessage\(nl:"#]
        return patterns.contains { line.range(of: $0, options: .regularExpression) != nil }
    }

    @Test func theSourceScanFindsWhatItLooksFor() {
        // The patterns above, tried on text that has what they look for, and on text that does not.
        for line in [#"let x = nl ? "ja" : "yes""#, #"(language == .nl ? "," : ".")"#, #"l == .en ? a : b"#, "case .en: return", "if l != .nl {"] {
            #expect(Self.choosesByLanguage(line), "\(line)")
        }
        for line in ["a.requested.formatted(.nl)", "Message.count(n, .municipality, language)", "let nlText = x"] {
            #expect(!Self.choosesByLanguage(line), "\(line)")
        }
        #expect(Source.cases(ofEnum: "Level", in: "    public enum Level: Sendable { case ok, note(String), problem }\n") == ["ok", "note", "problem"])
        #expect(caseName(Reason.emptyTitle) == "emptyTitle")
        #expect(caseName(Reason.noteRequired(.approved)) == "noteRequired")
    }
}

/// A value's case name: `noteRequired` for `Reason.noteRequired(.approved)`.
func caseName<T>(_ value: T) -> String { Mirror(reflecting: value).children.first?.label ?? String(describing: value) }

/// The package's source files, read through this file's path.
enum Source {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every Swift file under `folder` (relative to the package), with its path and text.
    static func files(in folder: String) -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var files: [(path: String, text: String)] = []
        while let url = walker.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files.append((folder + "/" + url.path.dropFirst(base.path.count + 1), text))
        }
        return files
    }

    /// The case names of `enum <name>` as declared in Sources (or in `text`).
    static func cases(ofEnum name: String, in text: String? = nil) -> [String] {
        let texts = text.map { [$0] } ?? files(in: "Sources").map(\.text)
        for text in texts {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let start = lines.firstIndex(where: { $0.range(of: #"\benum "# + name + #"\b"#, options: .regularExpression) != nil }) else { continue }
            let indent = lines[start].prefix { $0 == " " }.count
            var body = [String]()
            if let open = lines[start].firstIndex(of: "{"), lines[start].hasSuffix("}") {
                body = [String(repeating: " ", count: indent + 4) + lines[start][lines[start].index(after: open)...].dropLast().trimmingCharacters(in: .whitespaces)]
            } else {
                for line in lines[(start + 1)...] {
                    if line.prefix(indent + 1).allSatisfy({ $0 == " " }) == false, line.trimmingCharacters(in: .whitespaces) == "}" { break }
                    body.append(line)
                }
            }
            var names: [String] = []
            for line in body where line.prefix(while: { $0 == " " }).count == indent + 4 {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("case ") else { continue }
                var depth = 0, current = ""
                for character in trimmed.dropFirst(5) {
                    if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                    if character == ",", depth == 0 { names.append(current); current = "" } else { current.append(character) }
                }
                names.append(current)
            }
            return names.map { String($0.trimmingCharacters(in: .whitespaces).prefix { $0.isLetter || $0.isNumber }) }.filter { !$0.isEmpty }
        }
        return []
    }
}
