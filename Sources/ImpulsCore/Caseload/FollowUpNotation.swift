/// A follow-up written on one line, as the session form takes it: `2023-10-30 Begroting opvragen`
/// (the day first, also `30-10-2023 …`). The command line takes that notation and its older one,
/// `Begroting opvragen@2023-10-30`, as well.
public enum FollowUpNotation {
    /// The due day and the text, or nil when the line is neither notation or has no text.
    public static func parse(_ line: String) -> (due: CalendarDay, text: String)? {
        dayFirst(line) ?? dayAfterAt(line)
    }

    /// `YYYY-MM-DD text` (or `DD-MM-YYYY text`): the form's notation.
    public static func dayFirst(_ line: String) -> (due: CalendarDay, text: String)? {
        let trimmed = line.trimmingSpaces
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }),
              let due = CalendarDay(parsing: String(trimmed[..<space]), acceptDutchOrder: true) else { return nil }
        let text = String(trimmed[space...]).trimmingSpaces
        return text.isEmpty ? nil : (due, text)
    }

    /// `text@YYYY-MM-DD`: the command line's older notation.
    public static func dayAfterAt(_ line: String) -> (due: CalendarDay, text: String)? {
        guard let at = line.lastIndex(of: "@"),
              let due = CalendarDay(parsing: String(line[line.index(after: at)...]).trimmingSpaces, acceptDutchOrder: true) else { return nil }
        let text = String(line[..<at]).trimmingSpaces
        return text.isEmpty ? nil : (due, text)
    }
}
