/// What a progress line on the terminal says impuls is doing (`impuls: dossiers lezen 120/342`).
public enum ProgressText: Sendable, Equatable {
    case readingDossiers, makingDemo, writingDossiers, readingExport, mergingExport, writingExport
}

extension Message {
    /// A progress line's words in `language`.
    public static func progress(_ text: ProgressText, _ language: Language) -> String {
        let nl = language == .nl
        switch text {
        case .readingDossiers: return nl ? "dossiers lezen" : "reading dossiers"
        case .makingDemo: return nl ? "demo maken" : "making the demo"
        case .writingDossiers: return nl ? "dossiers schrijven" : "writing dossiers"
        case .readingExport: return nl ? "export lezen" : "reading the export"
        case .mergingExport: return nl ? "export controleren en samenvoegen" : "checking and merging the export"
        case .writingExport: return nl ? "export schrijven" : "writing the export"
        }
    }
}
