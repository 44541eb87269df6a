import Foundation
import ImpulsCore
@testable import ImpulsUI

let today = CalendarDay(parsing: "2023-10-16")!
let fryslanRegion = Region(name: "Fryslân", selector: .provinces(["Fryslân"]))
let groningenRegion = Region(name: "Groningen", selector: .provinces(["Groningen"]))

/// A caseload for screen tests: the hand-written dossiers of `FixtureDossiers`, and one file
/// (Smallingerland's) that could not be read.
func fixtureCaseload() -> Caseload {
    var dossiers: [MunicipalityCode: Dossier] = [:]
    // The fixture keeps the rules; a dossier it cannot build is a broken test, said at once.
    for d in try! FixtureDossiers.all() { dossiers[d.code] = d }
    let broken = MunicipalityCode("GM0090")!
    let issue = FileIssue(file: "dossiers/GM0090.json", line: 12, column: 7, keyPath: "sessions[2].date",
                          problem: .invalid(expected: .date, found: "2023-02-30"))
    // The interface always works on a laptop: its folder's id (see `DataFolder.laptopID`).
    return Caseload(dossiers: dossiers, unreadable: [broken: issue], today: today, laptop: "0123456789abcdef")
}

func fixtureState(columns: Int = 80, rows: Int = 24, language: Language = .nl) -> AppState {
    AppState(columns: columns, rows: rows, language: language, caseload: fixtureCaseload(), regions: [fryslanRegion, groningenRegion])
}

/// Sends keys, one event each.
func press(_ keys: Key..., to state: inout AppState) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects += Update.apply(.key(key), to: &state) }
    return effects
}

/// Moves the home list's selection down to the first row that `matches`; records an issue (and
/// leaves the selection on the last row) when no row does.
func selectRow(where matches: (RegionRow) -> Bool, in state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) {
    _ = press(.home, to: &state)
    for _ in state.home.rows.indices {
        if matches(state.home.rows[state.home.list.selection]) { return }
        _ = press(.down, to: &state)
    }
    Issue.record("no row of the region list matches", sourceLocation: sourceLocation)
}

/// Selects the municipality called `name` in the home list.
func selectRow(named name: String, in state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) {
    selectRow(where: { $0.municipality.name == name }, in: &state, sourceLocation: sourceLocation)
}

func type(_ text: String, into state: inout AppState) {
    for c in text { _ = Update.apply(.key(.character(c)), to: &state) }
}

/// Compares a screen with its golden file; `IMPULS_RECORD_GOLDEN=1` writes the files instead.
func assertGolden(_ name: String, _ grid: CellGrid, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).txt")
    let text = grid.text + "\n"
    if ProcessInfo.processInfo.environment["IMPULS_RECORD_GOLDEN"] == "1" {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden file \(name).txt (record with IMPULS_RECORD_GOLDEN=1)", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "screen \(name) differs from its golden file", sourceLocation: sourceLocation)
}

import Testing

extension Array where Element == Effect {
    var hasSave: Bool { contains { if case .save = $0 { return true } else { return false } } }
}
