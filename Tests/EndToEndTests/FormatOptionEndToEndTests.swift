import Foundation
import Testing

/// `--format` names its values itself (TableFormat, not ArgumentParser's reflection): help, the
/// refusal of an unknown value and the shell completions still list all four.
@Suite struct FormatOptionEndToEndTests {
    @Test func helpErrorsAndCompletionsListTheFormats() throws {
        let home = temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        try #"{"language": "en"}"#.write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home)
        let help = try run(["status", "--help"], environment: env)
        #expect(help.status == 0)
        #expect(help.out.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
            .contains("(values: table, csv, json, markdown; default: table)"), "\(help.out)")
        let wrong = try run(["status", "--format", "xml"], environment: env)
        #expect(wrong.status == 2)
        #expect(wrong.err.contains("choose from table, csv, json or markdown"), "\(wrong.err)")
        let bash = try run(["--generate-completion-script", "bash"], environment: env)
        #expect(bash.out.contains("-W 'table'$'\\n''csv'$'\\n''json'$'\\n''markdown'"), "\(bash.out)")
    }
}
