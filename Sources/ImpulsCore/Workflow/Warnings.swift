/// What an adviser should see but may go ahead with: shown beside the field, never refused.
public enum Warnings {
    /// An e-mail address needs one `@` and a domain with a dot (`jan@@harlingen` is not one).
    public static func email(_ text: String) -> Reason? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !trimmed.contains(" "),
              let dot = parts[1].lastIndex(of: "."), dot != parts[1].startIndex, parts[1].index(after: dot) != parts[1].endIndex else {
            return .unlikelyEmail(trimmed)
        }
        return nil
    }

    /// A phone number is digits, spaces and `+ - ( )`, with at least six digits.
    public static func phone(_ text: String) -> Reason? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        let allowed = trimmed.allSatisfy { ($0.isASCII && $0.isNumber) || " +-()".contains($0) }
        return allowed && trimmed.filter(\.isNumber).count >= 6 ? nil : .unlikelyPhone(trimmed)
    }

    /// A planned period that starts before the scheme opened or ends after it closed: the texts do
    /// not forbid it, but the adviser must see it.
    public static func period(start: CalendarDay, end: CalendarDay, rules: Rules) -> [Reason] {
        var reasons: [Reason] = []
        if start < rules.openingDate { reasons.append(.periodBeforeOpening(start: start, opening: rules.openingDate)) }
        if end > rules.closingDate { reasons.append(.periodAfterClosing(end: end, closing: rules.closingDate)) }
        return reasons
    }

    /// A project started or completed on a day outside its planned period (completed before the
    /// planned start, started after the planned end, …): allowed, but the adviser must see it.
    /// The interface's step dialog and `application advance` both ask here.
    public static func step(_ target: ApplicationStatus, on date: CalendarDay, of application: Application) -> [Reason] {
        guard target == .running || target == .completed else { return [] }
        if date < application.plannedStart { return [.stepBeforePlannedStart(target, date: date, plannedStart: application.plannedStart)] }
        if date > application.plannedEnd { return [.stepAfterPlannedEnd(target, date: date, plannedEnd: application.plannedEnd)] }
        return []
    }
}
