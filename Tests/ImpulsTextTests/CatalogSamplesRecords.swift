@testable import ImpulsText

/// The samples of `CatalogRecords`' entries (the command line's words for a dossier's records).
extension CatalogSamples {
    static func records(into table: inout [String: [Message]]) {
        let (s, d, n) = (Samples.strings[0], Samples.days[0], Samples.ints)
        table["CommandText.contactAdded"] = Samples.strings.map { CommandText.contactAdded(name: $0, municipality: s).message }
        table["CommandText.contactRemoved"] = Samples.strings.map { CommandText.contactRemoved(name: $0, municipality: s).message }
        table["CommandText.sessionRemoved"] = n.map { CommandText.sessionRemoved(date: d, municipality: s, followUps: $0).message }
        table["CommandText.sessionNamedOnce"] = [CommandText.sessionNamedOnce.message]
        table["CommandText.followUpAdded"] = Samples.strings.map { CommandText.followUpAdded(text: $0, due: d, session: d, municipality: s).message }
        table["CommandText.followUpNeedsSession"] = Samples.strings.map { CommandText.followUpNeedsSession(municipality: $0).message }
        table["CommandText.followUpDone"] = Samples.bools.map { CommandText.followUpDone(text: "Begroting opvragen", municipality: s, done: $0).message }
        table["CommandText.followUpAlready"] = Samples.bools.map { CommandText.followUpAlready(text: "Begroting opvragen", municipality: s, done: $0).message }
        table["CommandText.followUpRemoved"] = Samples.strings.map { CommandText.followUpRemoved(text: $0, municipality: s).message }
        table["CommandText.recordChanged"] = Samples.strings.map { CommandText.recordChanged(municipality: $0, words: "Contactpersoon Jan Jansen, telefoon: ‘0519 123456’").message }
        table["CommandText.recordUnchanged"] = Samples.strings.map { CommandText.recordUnchanged(municipality: $0).message }
        table["CommandText.editNeedsOption"] = Samples.lists.map { CommandText.editNeedsOption($0).message }
        table["CommandText.recordNotFound"] = Samples.recordWords.flatMap { kind in
            n.map { CommandText.recordNotFound(kind, typed: "zz", municipality: s, count: $0).message }
                + [CommandText.recordNotFound(kind, typed: "", municipality: s, count: 1).message]
        }
        table["CommandText.recordAmbiguous"] = Samples.recordWords.map { CommandText.recordAmbiguous($0, typed: "Jan", municipality: s).message }
        table["CommandText.noticesNoneOpen"] = [CommandText.noticesNoneOpen.message]
        table["CommandText.noticeDealtWith"] = [CommandText.noticeDealtWith.message]
    }
}
