import ArgumentParser
import ImpulsCore
import ImpulsText

/// `impuls regions`: every defined region with its number of municipalities.
struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: .words(.regionsAbstract))

    @OptionGroup var global: GlobalOptions

    @Option(help: .words(.formatTable))
    var format: TableFormat = .table

    @Flag(help: .words(.wideColumns))
    var wide = false

    func run() throws {
        let config = try global.loadConfig()
        let language = config.language
        var table = Tabular(columns: [("region", Message.columnRegion.text(language), false),
                                      ("municipalities", Message.columnMunicipalities.text(language), true)])
        for region in config.regionDefinitions {
            table.rows.append([.text(region.name), .number(region.members().count)])
        }
        try Output.write(table.render(format, language: language, width: TerminalWidth.forTables(wide: wide)))
    }
}
