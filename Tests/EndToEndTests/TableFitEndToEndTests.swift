import Foundation
import Testing

/// Tables on a terminal fit its width (in blocks, nothing dropped); piped, they stay whole.
@Suite struct TableFitEndToEndTests {
    /// Everything `impuls ARGS` printed in a real terminal `columns` wide (tmux), lines that the
    /// terminal wrapped joined again, trailing blank lines left off.
    func inTerminal(_ arguments: [String], _ environment: [String: String], columns: Int) throws -> String {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(command: [Binary.path] + arguments, environment: environment, columns: columns, rows: 24, folder: folder)
        defer { session.close() }
        #expect(try session.exitStatus() == 0)
        let screen = try session.tmux(["capture-pane", "-p", "-J", "-S", "-"])
        var lines = screen.components(separatedBy: "\n").map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each line's width in terminal columns (every character these tables use is one column wide).
    func widest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }

    func demo(_ home: String, language: String) throws -> [String: String] {
        try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        try #"{"adviser": "Anne de Vries", "language": "\#(language)"}"#.write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": home + "/data"])
        #expect(impuls(["demo", "--output", home + "/data"], env).status == 0)
        return env
    }

    @Test(arguments: ["nl", "en"])
    func statusAllFits80ColumnsAndPipedStaysWhole(language: String) throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = try demo(home, language: language)
        let piped = impuls(["status", "--all"], env)
        #expect(piped.status == 0)
        #expect(widest(piped.out) > 80)            // the whole table, as before

        let fitted = try inTerminal(["status", "--all"], env, columns: 80)
        #expect(widest(fitted) <= 80, "\(fitted)")
        // Nothing dropped: every province in every block (four), every figure's heading somewhere.
        for province in ["Drenthe", "Fryslân", "Zuid-Holland"] {
            #expect(fitted.components(separatedBy: "\n" + province + " ").count - 1 >= 4, "\(province)")
        }
        let headings = piped.out.split(separator: "\n")[0].components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(headings.count == 20)
        for word in headings.flatMap({ $0.split(separator: " ") }) { #expect(fitted.contains(word), "\(word)") }
        // The same numbers: the total row of the whole table, cell by cell, is in the blocks' total rows.
        let total = try #require(piped.out.split(separator: "\n").first { $0.hasPrefix(language == "nl" ? "Totaal" : "Total") })
        let fittedTotals = fitted.split(separator: "\n").filter { $0.hasPrefix(language == "nl" ? "Totaal " : "Total ") }.joined(separator: "  ")
        let cells = total.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.dropFirst()
        let fittedCells = fittedTotals.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("Tota") }
        #expect(Array(cells) == fittedCells)

        // --wide on a terminal: the whole table, as a pipe gets it.
        #expect(try inTerminal(["status", "--all", "--wide"], env, columns: 80) == piped.out)
    }

    @Test func columnsOverridesTheWidthAndEveryTableFits() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = try demo(home, language: "nl")
        var narrow = env
        narrow["COLUMNS"] = "60"
        #expect(widest(try inTerminal(["status", "--all"], narrow, columns: 80)) <= 60)

        let municipalities = try inTerminal(["municipalities"], env, columns: 46)
        #expect(widest(municipalities) <= 46, "\(municipalities)")
        let codes = Set(municipalities.split(separator: "\n").compactMap { $0.hasPrefix("GM") ? $0.prefix(6) : nil })
        #expect(codes.count == 342)
        #expect(municipalities.contains("GM1992"))   // Voorne aan Zee
        // The former four, with their successors' names, fit 46 too.
        let former = try inTerminal(["municipalities", "--former"], env, columns: 46)
        #expect(widest(former) <= 46, "\(former)")
        #expect(Set(former.split(separator: "\n").compactMap { $0.hasPrefix("GM") ? $0.prefix(6) : nil }) == ["GM0457", "GM0501", "GM0530", "GM0614"])
        #expect(former.contains("Amsterdam") && former.contains("Voorne"), "\(former)")

        // A table that fits is printed as a pipe gets it; a pipe never gets blocks.
        #expect(try inTerminal(["regions"], env, columns: 80) == impuls(["regions"], env).out)
        #expect(impuls(["municipalities"], narrow).out.split(separator: "\n").count == 342 + 2)
        #expect(impuls(["municipalities", "--former"], narrow).out.split(separator: "\n").count == 4 + 2)
    }
}
