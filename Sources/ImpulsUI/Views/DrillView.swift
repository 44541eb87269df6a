import ImpulsCore
import ImpulsText

/// The municipalities behind a dashboard figure, with their status; Enter opens a dossier.
enum DrillView {
    static func draw(_ state: AppState, drill: DrillFeature.State, into grid: inout CellGrid) {
        let l = state.language
        let (title, codes, position) = (drill.title, drill.codes, drill.position)
        grid.put(" " + title + " (\(codes.count))", x: 0, y: 1, style: Style(bold: true, underline: true), limit: state.columns)
        if codes.isEmpty {
            grid.put(" " + Message.nothingYet.text(l), x: 0, y: 2, style: Style(dim: true))
            return
        }
        for (index, y, selected) in position.visible(count: codes.count, height: state.viewport.drillHeight, top: 2) {
            let code = codes[index]
            if selected { grid.fill(y: y, style: Style(bold: true, reverse: true)) }
            let name = ReferenceData.shared.municipality(code)?.name ?? code.rawValue
            let status = state.caseload.dossiers[code]?.applicationStatus
            var style = Badge.style(status)
            style.reverse = selected
            let x = grid.put(" " + DisplayWidth.pad(name, to: max(12, min(28, state.columns - 17))), x: 0, y: y, style: Style(bold: selected, reverse: selected)) + 1
            grid.put(status.map { Message.status($0, l) } ?? "–", x: x, y: y, style: style)
        }
    }
}
