/// What a form is for, and so what saving it does.
public enum FormPurpose: Sendable, Equatable {
    case newSession(MunicipalityCode)
    case step(MunicipalityCode, applicationID: String, target: ApplicationStatus)
    case newApplication(MunicipalityCode)
    case newContact(MunicipalityCode)
    case edit(MunicipalityCode, kind: Dossier.RecordKind, id: String)

    public var code: MunicipalityCode {
        switch self {
        case .newSession(let code), .step(let code, _, _), .newApplication(let code), .newContact(let code), .edit(let code, _, _): return code
        }
    }
}

/// What was typed in an open form, kept next to the data when typing pauses so that it survives
/// a crash or a closed terminal, and offered again on the next start. Plain data: the interface
/// makes it from a form and a form from it, the store writes and reads it (`DraftFormat`).
public struct FormDraft: Sendable, Equatable {
    public var purpose: FormPurpose
    /// Per field name: the text, the chosen option, the chosen options.
    public var texts: [String: String]
    public var options: [String: Int]
    public var chosen: [String: [Int]]
    public var focus: Int

    public init(purpose: FormPurpose, texts: [String: String], options: [String: Int], chosen: [String: [Int]], focus: Int) {
        self.purpose = purpose
        self.texts = texts
        self.options = options
        self.chosen = chosen
        self.focus = focus
    }
}
