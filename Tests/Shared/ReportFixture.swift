import ImpulsCore

/// A small caseload with its status figures computed by hand (ImpulsCoreTests' `StatusReportTests`),
/// which the report page is made from too.
public enum ReportFixture {
    public static func code(_ text: String) -> MunicipalityCode { MunicipalityCode(text)! }

    public static func application(_ id: String, _ status: ApplicationStatus, requested: Int64, granted: Int64? = nil,
                     start: String = "2023-05-01", end: String = "2023-08-01", steps: [ApplicationStatus: String] = [:]) -> Application {
        Application(id: id, title: id, actionLines: ["privacy"], team: .zorgVeiligheid, requested: Cents(euros: requested),
                    granted: granted.map { Cents(euros: $0) }, plannedStart: day(start), plannedEnd: day(end), status: status,
                    stepDates: steps.mapValues(day))
    }

    /// Noord-Holland (44): Amsterdam, Weesp (former, merged into Amsterdam) and Haarlem have dossiers.
    /// Fryslân by safety region VR02 (18): Súdwest-Fryslân.
    public static func dossiers() -> [Dossier] {
        let session = { (id: String, date: String) in AdviceSession(id: id, date: day(date), kind: .call, summary: "x") }
        let amsterdam = Dossier(code: code("GM0363"), adviser: "Anne", sessions: [session("s1", "2023-10-10"), session("s2", "2023-08-01")],
                                applications: [application("a1", .running, requested: 9_000, granted: 8_500, end: "2023-09-30", steps: [.approved: "2023-04-01"]),
                                               application("a2", .rejected, requested: 5_000)])
        let weesp = Dossier(code: code("GM0457"), adviser: "Anne",
                            sessions: [AdviceSession(id: "s3", date: day("2022-10-01"), kind: .intake, summary: "x",
                                                     followUps: [FollowUp(id: "f1", text: "bellen", due: day("2023-10-01"))])],
                            applications: [application("a3", .completed, requested: 4_000, granted: 4_000)])
        let haarlem = Dossier(code: code("GM0392"), adviser: "Bert",
                              applications: [application("a4", .approved, requested: 10_000, granted: 10_000, steps: [.approved: "2023-09-01"]),
                                             application("a5", .draft, requested: 1_000, steps: [.draft: "2023-09-10"])])
        let sudwest = Dossier(code: code("GM1900"), adviser: "Bert", sessions: [session("s4", "2023-07-01")],
                              applications: [application("a6", .submitted, requested: 7_500)])
        return [amsterdam, weesp, haarlem, sudwest]
    }
}
