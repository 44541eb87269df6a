import ImpulsCore

/// The interface's words for choosing in a dossier (issue 26): the application `s` and `e` act on,
/// and the notice `r` marks done.
extension InterfaceText {
    // Help and the hint bar.
    public static let hintDownInDossier = InterfaceText(nl: "omlaag (kiest de volgende aanvraag of melding)", en: "down (chooses the next application or notice)")
    public static let hintUpInDossier = InterfaceText(nl: "omhoog (kiest de vorige aanvraag of melding)", en: "up (chooses the previous application or notice)")
    public static let hintResolveNotice = InterfaceText(nl: "de gekozen melding afhandelen (vraagt eerst)", en: "mark the chosen notice done (asks first)")
    public static let barResolve = InterfaceText(nl: "afhandelen", en: "resolve")

    // Choosing the application.
    /// `s` or `e` away from the Application tab while more than one application is open.
    public static func chooseApplication(open: Int) -> InterfaceText {
        InterfaceText(nl: "\(open) aanvragen staan open: kies er één met ↑/↓, dan s of e", en: "\(open) applications are open: choose one with ↑/↓, then s or e")
    }
    /// `s` on an application that is rejected, withdrawn or completed.
    public static func noStepFrom(title: String, status: ApplicationStatus) -> InterfaceText {
        InterfaceText(message: Message(nl: "‘\(title)’ is ", en: "‘\(title)’ is ") + Message.status(status)
            + Message(nl: ": er volgt geen stap meer", en: ": no step follows"))
    }

    // Resolving a notice.
    /// The question before `r` marks a notice done, the keys first (on a narrow screen the notice wraps).
    public static func confirmResolve(_ notice: String) -> InterfaceText {
        InterfaceText(nl: "Melding afhandelen? y/Enter ja · n/Esc nee — " + notice, en: "Mark this notice done? y/Enter yes · n/Esc no — " + notice)
    }
    public static func resolvedNotice(_ notice: String) -> InterfaceText {
        InterfaceText(nl: "Afgehandeld: \(notice); u maakt het ongedaan", en: "Resolved: \(notice); u undoes it")
    }
    public static let noOpenNotices = InterfaceText(nl: "Dit dossier heeft geen open meldingen.", en: "This dossier has no open notices.")
    public static let resolveOnOverview = InterfaceText(nl: "r handelt een melding af op het tabblad Overzicht (kies er één met ↑/↓)",
                                                        en: "r resolves a notice on the Overview tab (choose one with ↑/↓)")
}
