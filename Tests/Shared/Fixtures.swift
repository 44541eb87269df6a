import ImpulsCore

// What several test targets build their cases from (a test-only library: see Package.swift).

public func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

public let today = day("2023-10-16")
public let context = ChangeContext(rules: .scheme, today: today, actor: "Anne")
public let fryslan = MunicipalityCode("GM1900")!

public func draft(amount: Int64 = 9_500, start: String = "2023-11-01", end: String = "2024-01-31", lines: [String] = ["privacy"],
                  id: String = "a1") -> Application {
    Application(id: id, title: "Training privacy", actionLines: lines, team: .zorgVeiligheid, requested: Cents(euros: amount),
                plannedStart: day(start), plannedEnd: day(end))
}
