/// The config's `theme`: which colours the interface uses. `auto` asks the terminal whether its
/// background is light or dark (`COLORFGBG`, then the xterm colour query) and, when it cannot
/// tell, uses only colours that read on both; `NO_COLOR` turns colours off whatever this says.
public enum Theme: String, CaseIterable, Sendable {
    case auto, light, dark
}
