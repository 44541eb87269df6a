import Foundation
import Testing

/// A home folder with a config (`adviser` nil: none set) and, with `demo`, a demo data folder in
/// `home/data`; the environment pins it (see `pinnedEnvironment`). Removed by the caller.
func testHome(language: String, adviser: String? = "Anne de Vries", regions: [String], theme: String? = nil,
              demo: Bool = true) throws -> (home: String, env: [String: String]) {
    let home = temporaryFolder()
    try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
    let who = adviser.map { #""adviser": "\#($0)", "# } ?? ""
    let themeKey = theme.map { #", "theme": "\#($0)""# } ?? ""
    let list = regions.map { "\"\($0)\"" }.joined(separator: ", ")
    try #"{\#(who)"language": "\#(language)", "regions": [\#(list)]\#(themeKey)}"#
        .write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
    let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": home + "/data"])
    if demo { #expect(try run(["demo", "--output", home + "/data"], environment: env).status == 0) }
    return (home, env)
}
