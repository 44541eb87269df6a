import ImpulsCore

/// What a progress line on the terminal says impuls is doing (`impuls: dossiers lezen 120/342`).
public struct ProgressText: Sendable, Equatable, MessageGroup {
    let message: Message
}

extension ProgressText {
    public static let readingDossiers = ProgressText(nl: "dossiers lezen", en: "reading dossiers")
    public static let makingDemo = ProgressText(nl: "demo maken", en: "making the demo")
    public static let writingDossiers = ProgressText(nl: "dossiers schrijven", en: "writing dossiers")
    public static let readingExport = ProgressText(nl: "export lezen", en: "reading the export")
    public static let mergingExport = ProgressText(nl: "export controleren en samenvoegen", en: "checking and merging the export")
    public static let writingExport = ProgressText(nl: "export schrijven", en: "writing the export")
}

extension Message {
    /// A progress line's words in `language`.
    public static func progress(_ text: ProgressText, _ language: Language) -> String { text.message.text(language) }
}
