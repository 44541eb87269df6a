import ImpulsCore

// The fixtures the catalog's tests share with ImpulsCoreTests' (WorkflowTests.swift).
func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

let today = day("2023-10-16")
let context = ChangeContext(rules: .scheme, today: today, actor: "Anne")
let fryslan = MunicipalityCode("GM1900")!
func draft(amount: Int64 = 9_500, start: String = "2023-11-01", end: String = "2024-01-31", lines: [String] = ["privacy"], id: String = "a1") -> Application {
    Application(id: id, title: "Training privacy", actionLines: lines, team: .zorgVeiligheid, requested: Cents(euros: amount),
                plannedStart: day(start), plannedEnd: day(end))
}

