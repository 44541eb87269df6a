/// A key or input event, decoded by the terminal adapter.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    /// Alt (or Esc, then the key at once).
    case alt(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    case resize(columns: Int, rows: Int)
    case mouseClick(x: Int, y: Int)
    case wheelUp, wheelDown
}
