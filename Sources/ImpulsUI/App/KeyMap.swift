import ImpulsCore

/// One key binding: the keys, the action, and how help and the hint bar describe it.
public struct Binding: Sendable {
    public let keys: [Key]
    /// How the keys are written in help and the hint bar, e.g. `j/k`.
    public let label: String
    public let action: Action
    public let hint: Message
    /// Shown in the one-line hint bar (the rest only in help).
    public let inHintBar: Bool
}

/// The key map: the single source of truth for what keys do, from which help is generated.
public enum KeyMap {
    public static let list: [Binding] = [
        Binding(keys: [.up, .down, .character("k"), .character("j")], label: "↑↓ j/k", action: .moveDown, hint: .hintMove, inHintBar: true),
        Binding(keys: [.pageUp], label: "PgUp", action: .pageUp, hint: .hintMove, inHintBar: false),
        Binding(keys: [.pageDown], label: "PgDn", action: .pageDown, hint: .hintMove, inHintBar: false),
        Binding(keys: [.home], label: "Home", action: .top, hint: .hintMove, inHintBar: false),
        Binding(keys: [.end], label: "End", action: .bottom, hint: .hintMove, inHintBar: false),
        Binding(keys: [.character("q"), .control("c")], label: "q", action: .quit, hint: .hintQuit, inHintBar: true),
    ]

    /// The action bound to `key` in the list view.
    public static func action(for key: Key) -> Action? {
        switch key {
        case .up, .character("k"), .wheelUp: return .moveUp
        case .down, .character("j"), .wheelDown: return .moveDown
        default: break
        }
        return list.first { $0.keys.contains(key) }?.action
    }
}
