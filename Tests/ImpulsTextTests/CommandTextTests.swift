import Testing
@testable import ImpulsText
import ImpulsCore

/// The command line's catalog texts (#17): counts, CSV headers, the conflict, a second application.
@Suite struct CommandTextTests {
    @Test func countsUseTheSingularForOneOnly() {
        for noun in Noun.allCases {
            for language in Language.allCases {
                let one = Message.count(1, noun).text(language), two = Message.count(2, noun).text(language), none = Message.count(0, noun).text(language)
                #expect(one != "1 " + two.dropFirst(2), "\(noun) \(language): \(one) / \(two)")
                #expect(none.dropFirst(2) == two.dropFirst(2), "zero takes the plural: \(none)")
            }
        }
        #expect(Message.count(1, .municipality).text(.nl) == "1 gemeente")
        #expect(Message.count(342, .municipality).text(.nl) == "342 gemeenten")
        #expect(Message.count(1, .problem).text(.nl) == "1 probleem")
        #expect(Message.count(1, .session).text(.en) == "1 advice session")
        #expect(Message.municipalitiesCount(1).text(.nl) == "1 gemeente")
        #expect(Message.regionTotals(municipalities: 1, applications: 1, granted: "€ 8.750").text(.nl) == "1 gemeente · 1 aanvraag · € 8.750 toegekend")
        #expect(Message.reason(.projectTooLong(start: CalendarDay(parsing: "2023-11-01")!, end: CalendarDay(parsing: "2023-12-15")!, months: 1,
                                               latestEnd: CalendarDay(parsing: "2023-12-01")!)).text(.en).contains("more than 1 month "))
    }

    @Test func everyCSVHeaderIsWordsAndUniqueWithinALanguage() {
        for language in Language.allCases {
            let headers = CSVColumn.allCases.map { Message.csvHeader($0, language) }
            for (column, header) in zip(CSVColumn.allCases, headers) {
                // Words for people, never the JSON key (except where the two are the same word).
                #expect(header != column.rawValue || ["code", "status"].contains(column.rawValue), "\(column) \(language)")
                #expect(!header.contains(";") && !header.contains("\"") && !header.contains(","), "\(header) needs no quoting")
            }
            // Within one file no two columns may read the same (the export's and status's "municipalities" differ by file).
            let status: [CSVColumn] = [.region, .municipalities, .reached, .notReached, .draft, .submitted, .approved, .rejected, .withdrawn,
                                       .running, .completed, .requested, .granted, .ceiling, .grantedPercent, .overdueFollowUps,
                                       .runningPastEnd, .staleDrafts, .approvedNotStarted, .openNotices]
            let names = status.map { Message.csvHeader($0, language) }
            #expect(Set(names).count == names.count, "\(names)")
        }
    }

    @Test func aConflictNamesTheDossierInTheDataFolderAndWhatToDo() {
        let file = "/home/anne/.local/share/impuls/dossiers/GM0060.json"
        let interface = StoreError.conflict(file: file).message(.nl)
        #expect(interface.hasPrefix("Het dossier van Ameland (dossiers/GM0060.json) is intussen gewijzigd"))
        #expect(interface.contains("druk nog eens op Ctrl-S") && interface.contains("doe je wijziging nog eens"))
        #expect(!interface.contains("/home/anne") && !interface.contains("laad opnieuw"))
        let inAForm = StoreError.conflict(file: file).message(.en, conflict: .saveAgain)
        #expect(inAForm.hasSuffix("press Ctrl-S again to save it on top.") && !inAForm.contains("otherwise"))
        #expect(StoreError.conflict(file: file).message(.en, conflict: .doAgain).hasSuffix("make your change again if it is still needed."))
        let command = StoreError.conflict(file: file).message(.en, conflict: .runAgain)
        #expect(command.contains("nothing saved") && command.contains("impuls dossier show GM0060") && !command.contains("Ctrl-S"))
        #expect(Message.conflictAfterRetries(file: file).text(.nl).hasPrefix("Het dossier van Ameland (dossiers/GM0060.json) werd steeds"))
        // A file elsewhere is named as it is.
        #expect(StoreError.conflict(file: "/tmp/x.json").message(.en).hasPrefix("/tmp/x.json changed"))
    }

    @Test func aSecondApplicationIsRefusedWithWhatIsPossible() {
        func text(_ status: ApplicationStatus, _ language: Language) -> String {
            Message.reason(.openApplicationExists(title: "Plan", status: status)).text(language)
        }
        #expect(text(.draft, .nl).hasSuffix("trek die eerst in"))
        #expect(text(.approved, .en).hasSuffix("withdraw it first"))
        #expect(text(.running, .nl).contains("één per gemeente") && !text(.running, .nl).contains("trek"))
        #expect(text(.completed, .en).contains("has had its budget") && !text(.completed, .en).contains("withdraw"))
    }
}
