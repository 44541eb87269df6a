import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls municipalities`: the reference list, by region and search text.
struct MunicipalitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "municipalities",
        abstract: .words(.municipalitiesAbstract),
        discussion: .words(.municipalitiesDiscussion))

    @OptionGroup var global: GlobalOptions

    @Option(help: .words(.municipalitiesRegion))
    var region: String?

    @Option(help: .words(.municipalitiesSearch))
    var search: String?

    @Flag(help: .words(.municipalitiesFormer))
    var former = false

    @Option(help: .words(.formatTable))
    var format: TableFormat = .table

    @Flag(help: .words(.municipalitiesWide))
    var wide = false

    func run() throws {
        let config = try global.loadConfig()
        let language = config.language
        let data = ReferenceData.shared
        var list = former ? data.former : data.current
        if let region { list = list.filter(try config.requireRegion(region).contains) }
        if let search {
            let query = Folding.fold(search.trimmingSpaces)
            list = list.filter { Folding.matches(query: query, in: $0.searchKey) }
        }
        var columns: [(key: String, heading: String, alignRight: Bool)] = [
            ("code", Message.columnCode.text(language), false), ("name", Message.columnName.text(language), false),
            ("province", Message.columnProvince.text(language), false), ("safetyRegion", Message.columnSafetyRegion.text(language), false),
        ]
        if former { columns += [("mergedInto", Message.columnSuccessor.text(language), false), ("mergedOn", Message.csvHeader(.mergedOn, language), false)] }
        var table = Tabular(columns: columns)
        table.keyColumns = 2   // code and name
        for m in list {
            var row: [Tabular.Value] = [.text(m.code.rawValue), .text(m.name), .text(m.province), .text(m.safetyRegion)]
            if former {
                // The successor by name (its code in JSON, as before), and the day of the merger.
                row.append(m.mergedInto.map { .municipality(name: data.municipality($0)?.name ?? $0.rawValue, code: $0.rawValue) } ?? .none)
                row.append(m.mergedOn.map { .text($0.description) } ?? .none)
            }
            table.rows.append(row)
        }
        if list.isEmpty, format == .table {
            Output.warning(Message.noMatches.text(language))
            return
        }
        try Output.write(table.render(format, language: language, width: TerminalWidth.forTables(wide: wide)))
    }
}
