/// The scheme's checks on an application's content: amounts, period, action lines.
public enum ApplicationRules {
    /// Reasons the requested amount, the period and the action lines break the rules.
    public static func contentReasons(_ application: Application, rules: Rules) -> [Reason] {
        var reasons: [Reason] = []
        if application.title.trimmingSpaces.isEmpty { reasons.append(.emptyTitle) }
        reasons += amountReasons(application.requested, field: .requested, rules: rules)
        reasons += periodReasons(start: application.plannedStart, end: application.plannedEnd, rules: rules)
        reasons += actionLineReasons(application.actionLines, rules: rules)
        return reasons
    }

    public static func amountReasons(_ amount: Cents, field: Reason.AmountField, rules: Rules) -> [Reason] {
        if amount.value <= 0 { return [.amountNotPositive(field: field)] }
        if amount > rules.maximumAmount { return [.amountAboveMaximum(field: field, amount: amount, maximum: rules.maximumAmount)] }
        return []
    }

    public static func periodReasons(start: CalendarDay, end: CalendarDay, rules: Rules) -> [Reason] {
        if end <= start { return [.endNotAfterStart(start: start, end: end)] }
        let latest = start.adding(months: rules.maximumMonths)
        if end > latest { return [.projectTooLong(start: start, end: end, months: rules.maximumMonths, latestEnd: latest)] }
        return []
    }

    /// The planned period a new application starts with: two weeks from today (not before the
    /// scheme opened), as long as the rules allow, but ending no later than the closing date — so
    /// that what the tool fills in never breaks its own rules. Only once the closing date is (all
    /// but) past does it start today; a period that must then end after closing is warned about.
    public static func defaultPeriod(today: CalendarDay, rules: Rules) -> (start: CalendarDay, end: CalendarDay) {
        var start = max(today.adding(days: 14), rules.openingDate)
        if start >= rules.closingDate { start = max(today, rules.openingDate) }
        var end = start.adding(months: rules.maximumMonths)
        if end > rules.closingDate, start < rules.closingDate { end = rules.closingDate }
        return (start, end)
    }

    public static func actionLineReasons(_ ids: [String], rules: Rules) -> [Reason] {
        if ids.isEmpty { return [.noActionLine] }
        return ids.filter { rules.actionLine($0) == nil }.map { .unknownActionLine($0) }
    }
}
