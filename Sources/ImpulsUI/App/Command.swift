import ImpulsCore
import ImpulsText

/// What a feature asks of the app that composes it: the features change their own state, and
/// everything beyond it — the views on the stack, the caseload, the message line, the effects
/// for the run loop — goes through these, in order.
enum Command: Equatable, Sendable {
    case quit
    /// The view on top goes (Esc, `q` in a view).
    case close
    case openHelp
    case open(AppState.Screen)
    /// The view on top becomes another (the step chooser becomes the step dialog).
    case replace(AppState.Screen)
    /// A dossier opens on a section, with this record selected: scrolled into view.
    case openDossier(DossierFeature.State)
    case openAgenda
    case openDashboard
    /// The next region `r` cycles to.
    case switchRegion
    /// The message line says this.
    case say(String)
    /// The change is shown at once and written; `thenSay` replaces "Saved" once it is.
    case save(Dossier, thenSay: String? = nil)
    /// Passed to the run loop as it is (a draft to keep, a sync, a suspend).
    case effect(Effect)
    /// The list on top keeps its selection on a row after its rows changed (a follow-up ticked off).
    case refit

    /// The message line says why a change is refused: every reason, in `language`.
    static func refused(_ refusal: Refusal, _ language: Language) -> Command {
        .say(refusal.reasons.map { Message.reason($0).text(language) }.joined(separator: "; "))
    }
}

/// What a feature reads besides its own state: the data, the settings, the window and what is
/// derived from the data; and the ids it draws for new records (written back by the app).
struct Context {
    let caseload: Caseload
    let language: Language
    let readOnly: Bool
    /// The team new applications get by default.
    let team: Team
    let viewport: Viewport
    /// Changes made in this run: undone at once, older ones after a question.
    let changesThisRun: Set<String>
    let derived: Derived
    var ids: SeededGenerator

    var today: CalendarDay { caseload.today }

    /// A dossier as it is now, or a new one for a municipality that has none.
    func dossier(_ code: MunicipalityCode) -> Dossier {
        caseload.dossiers[code] ?? Dossier(code: code, adviser: caseload.actor)
    }
}
