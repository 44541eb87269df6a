import Testing
@testable import ImpulsText
import ImpulsCore

/// The command line's help in both languages (#29): every entry has a Dutch side of its own, and the
/// words swift-argument-parser puts around it are put in the help's language.
@Suite struct HelpTextTests {
    static let parserHelp = """
        OVERVIEW: Log advice sessions, correct and remove them.

        USAGE: impuls session add [--config <file>] [--data-dir <dir> ...]
               <municipality> [--date <date>]

        ARGUMENTS:
          <municipality>          Municipality.

        OPTIONS:
          --kind <kind>           intake. (values: intake, advice; default: advice)
          --minutes <minutes>     Duration. (default: 30)
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          show (default)
          resolve

          See 'impuls help session <subcommand>' for detailed help.
        """

    @Test func theParsersWordsAreDutchInDutchAndUnchangedInEnglish() {
        #expect(HelpText.framed(Self.parserHelp, .en) == Self.parserHelp)
        let dutch = HelpText.framed(Self.parserHelp, .nl)
        #expect(dutch == """
            OVERZICHT: Log advice sessions, correct and remove them.

            GEBRUIK: impuls session add [--config <file>] [--data-dir <dir> ...]
                     <municipality> [--date <date>]

            ARGUMENTEN:
              <municipality>          Municipality.

            OPTIES:
              --kind <kind>           intake. (waarden: intake, advice; standaard: advice)
              --minutes <minutes>     Duration. (standaard: 30)
              --version               De versie tonen.
              -h, --help              Hulp tonen.

            SUBCOMMANDO'S:
              show (standaard)
              resolve

              Zie 'impuls help session <subcommando>' voor de hulp bij één subcommando.
            """)
    }

    @Test func everyHelpTextHasADutchSideOfItsOwn() {
        let help = CatalogSamples.all.filter { $0.key.hasPrefix("HelpText.") }
        #expect(help.count > 150, "the help's entries were sampled")
        for (name, messages) in help {
            for message in messages {
                #expect(message.text(.nl) != message.text(.en), "\(name) reads the same in Dutch and English")
            }
        }
    }
}
