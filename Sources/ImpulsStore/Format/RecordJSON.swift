import ImpulsCore

/// One record as the dossier file writes it (the same keys, dates and cents), for a command's
/// `--format json` that prints the record it added, changed or removed.
public enum RecordJSON {
    public static func node(_ contact: Contact) -> JSONNode { DossierFormat.encode(contact) }
    public static func node(_ session: AdviceSession) -> JSONNode { DossierFormat.encode(session) }
    public static func node(_ followUp: FollowUp) -> JSONNode { DossierFormat.encode(followUp) }
    public static func node(_ application: Application) -> JSONNode { DossierFormat.encode(application) }
    public static func node(_ notice: Notice) -> JSONNode { DossierFormat.encode(notice) }

    /// A JSON tree as the text every JSON file of impuls is (two spaces deep, a final newline).
    public static func text(_ node: JSONNode) -> String { String(decoding: JSONWriter.write(node), as: UTF8.self) }
}
