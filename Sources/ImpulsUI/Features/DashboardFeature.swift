import ImpulsCore
import ImpulsText

/// The dashboard: the list feature moves between regions, ← → between figures, Tab between
/// parts; Enter lists the municipalities behind a figure.
public enum DashboardFeature {
    public struct State: Sendable, Equatable {
        /// The selected region (the last row is their total, `StatusReport.rows`).
        public var position = ListPosition()
        /// The selected figure, an index into `DashboardFigure.allCases`.
        public var figure = 0

        public init(row: Int = 0, figure: Int = 0) {
            self.position = ListPosition(selection: row)
            self.figure = figure
        }

        public var row: Int { position.selection }
    }

    static func reduce(_ state: inout State, _ action: Action, _ context: inout Context) -> [Command] {
        guard let report = context.derived.report else { return [] }
        let rows = report.rows
        let figures = DashboardFigure.allCases
        switch action {
        case .nextFigure: state.figure = (state.figure + 1) % figures.count
        case .previousFigure: state.figure = (state.figure + figures.count - 1) % figures.count
        case .nextSection, .previousSection:
            // The first figure of the next (or previous) part.
            let groups = DashboardGroup.allCases
            let current = groups.firstIndex(of: figures[state.figure].group)!
            let next = groups[(current + (action == .nextSection ? 1 : groups.count - 1)) % groups.count]
            state.figure = figures.firstIndex { $0.group == next }!
        case .pageUp, .pageDown: break   // the table is short: no pages
        default:
            switch ListFeature.reduce(&state.position, action, count: rows.count, page: 1) {
            case .open:
                let f = figures[state.figure]
                let region = rows[state.row]
                let title = Message.statusRowName(region, report.totalScope).text(context.language) + " · " + f.title(context.language)
                return [.open(.drill(DrillFeature.State(title: title, codes: DrillFeature.byName(f.codes(region)))))]
            case let outcome: return ListFeature.commands(outcome)
            }
        }
        return []
    }
}

/// The municipalities behind one figure of the dashboard: the list feature moves, Enter opens a dossier.
public enum DrillFeature {
    public struct State: Sendable, Equatable {
        public var title: String
        public var codes: [MunicipalityCode]
        public var position = ListPosition()
    }

    /// The municipalities once each, by name as people sort them (ignoring case and accents), not by CBS code.
    static func byName(_ codes: [MunicipalityCode]) -> [MunicipalityCode] {
        let name = { (code: MunicipalityCode) in Folding.fold(ReferenceData.shared.municipality(code)?.name ?? code.rawValue) }
        return Set(codes).sorted { (name($0), $0) < (name($1), $1) }
    }

    static func reduce(_ state: inout State, _ action: Action, _ context: inout Context) -> [Command] {
        switch ListFeature.reduce(&state.position, action, count: state.codes.count, page: context.viewport.drillHeight) {
        case .open(let index): return [.open(.dossier(DossierFeature.State(state.codes[index])))]
        case let outcome: return ListFeature.commands(outcome)
        }
    }
}
