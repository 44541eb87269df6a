import ArgumentParser
import ImpulsText

/// The catalog's help (`HelpText`) where swift-argument-parser takes it, in the command line's
/// language: `help: .words(.sessionAddDate)`, `abstract: .words(.sessionAbstract)`.
extension ArgumentHelp {
    static func words(_ entry: HelpText, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(entry.text(CommandLineLanguage.current), valueName: valueName)
    }
}

extension String {
    static func words(_ entry: HelpText) -> String { entry.text(CommandLineLanguage.current) }
}
