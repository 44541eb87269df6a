import ImpulsCore
import ImpulsText

extension Context {
    /// Why the dossier of `code` cannot be changed here, in words naming it (and, for an
    /// unreadable one, its file and the reason); nil when it can.
    func changeRefusal(_ code: MunicipalityCode) -> String? {
        let name = ReferenceData.shared.municipality(code)?.name ?? code.rawValue
        if readOnly { return Message.readOnlyRefusal(name).text(language) }
        if let issue = caseload.unreadable[code] { return Message.unreadableRefusal(name, issue).text(language) }
        return nil
    }
}
