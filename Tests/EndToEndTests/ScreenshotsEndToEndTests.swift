import Foundation
import Testing

/// Issue 29: the README's pictures show today's screens. `make screenshots` writes, next to each
/// picture, the characters of its screen (`docs/screenshots/<screen>.txt`); this test drives the
/// same keys over the same demo (`tools/screenshots.sh --text-only`, tmux only) and compares, so a
/// change to a screen the README shows fails here until the pictures are made again.
@Suite struct ScreenshotsEndToEndTests {
    static let folder = Binary.packageRoot.appendingPathComponent("docs/screenshots").path

    @Test func theScreensInTheREADMEAreTheScreensOfToday() throws {
        let recorded = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
        let pictures = recorded.filter { $0.hasSuffix(".png") }
        let screens = Set(pictures.map { String($0.dropLast(4).split(separator: "-").dropLast().joined(separator: "-")) })
        #expect(!screens.isEmpty)
        for screen in screens.sorted() {
            #expect(recorded.contains(screen + ".txt"), "\(screen)'s pictures say nothing of what they were made from: run make screenshots")
        }

        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let script = Binary.packageRoot.appendingPathComponent("tools/screenshots.sh").path
        let made = try runProgram([script, "--text-only", Binary.path, home + "/now"], environment: pinnedEnvironment(home: home), timeout: 90)
        #expect(made.status == 0, "\(made.err)")
        for screen in screens.sorted() {
            let then = (try? String(contentsOfFile: Self.folder + "/" + screen + ".txt", encoding: .utf8)) ?? ""
            let now = (try? String(contentsOfFile: home + "/now/" + screen + ".txt", encoding: .utf8)) ?? ""
            let changed = zip(then.split(separator: "\n", omittingEmptySubsequences: false), now.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().first { $0.element.0 != $0.element.1 }
            #expect(then == now, """
                the \(screen) screen has changed since docs/screenshots/\(screen)-*.png were made: run make screenshots and look at them \
                (first difference, line \((changed?.offset ?? 0) + 1): was “\(changed?.element.0 ?? "")”, is “\(changed?.element.1 ?? "")”)
                """)
        }
    }
}
