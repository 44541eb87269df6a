import ImpulsCore

/// The screen tests' caseload, written out by hand (not drawn from the demo generator, so a change
/// to the demo leaves the golden screens alone). Today is 2023-10-16. Between them the dossiers show
/// every state a screen draws:
///
/// - Fryslân: Achtkarspelen (a draft, untouched for 30 days, an overdue follow-up), Ameland (the one
///   most tests open: a submitted application, three sessions, follow-ups overdue, due and done,
///   contacts with wide characters and a long name, a note), Harlingen (a session and a follow-up due
///   today, no application), Heerenveen (rejected, an open merge notice, Bert's), Leeuwarden (running
///   past its end), Smallingerland (a file that cannot be read, see `fixtureCaseload`), Terschelling
///   (approved, not started after 30 days, Bert's), Vlieland (withdrawn), Súdwest-Fryslân
///   (completed); the other nine have no dossier.
/// - Groningen: Groningen (a session with an overdue follow-up).
enum FixtureDossiers {
    static let anne = "Anne de Vries"
    static let bert = "Bert Hoekstra"

    /// A change made on `date` by `adviser`, under the scheme's rules.
    static func on(_ date: String, by adviser: String = anne) -> ChangeContext {
        ChangeContext(rules: .scheme, today: CalendarDay(parsing: date)!, actor: adviser)
    }

    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }
    static func code(_ text: String) -> MunicipalityCode { MunicipalityCode(text)! }

    static func all() throws -> [Dossier] {
        [try achtkarspelen(), try ameland(), try harlingen(), try heerenveen(), try leeuwarden(), try terschelling(),
         try vlieland(), try sudwestFryslan(), try groningen()]
    }

    static func achtkarspelen() throws -> Dossier {
        var d = Dossier(code: code("GM0059"), adviser: anne, team: .zorgVeiligheid)
        d = try d.addingSession(AdviceSession(id: "s-ak-1", date: day("2023-08-01"), kind: .intake, participants: ["Jelle Bosma"],
                                              actionLines: ["toegang"], summary: "Kennismaking met het team toegang", minutes: 60,
                                              followUps: [FollowUp(id: "f-ak-1", text: "Offerte trainer bespreken", due: day("2023-08-15"))]),
                                context: on("2023-08-01"))
        return try d.addingApplication(Application(id: "a-ak-1", title: "Snellere toegang voor inwoners", actionLines: ["toegang"],
                                                   team: .zorgVeiligheid, requested: Cents(euros: 9_800),
                                                   plannedStart: day("2023-12-01"), plannedEnd: day("2024-03-01")),
                                       context: on("2023-09-01"))
    }

    static func ameland() throws -> Dossier {
        var d = Dossier(code: code("GM0060"), adviser: anne, team: .zorgVeiligheid, notes: "Notitie: 東京 en Zoë 👍")
        d = try d.addingContact(Contact(id: "c-am-1", name: "李小龍 👍 Zoë", role: "tolk"), context: on("2023-06-12"))
        d = try d.addingContact(Contact(id: "c-am-2", name: "Sjoukje Visser", role: "wethouder", email: "s.visser@ameland.nl",
                                        phone: "0519 555 010"), context: on("2023-06-12"))
        d = try d.addingContact(Contact(id: "c-am-3", name: "Pieter-Jan van der Meulen-Hoekstra de Boer",
                                        role: "beleidsmedewerker sociaal domein en openbare orde en veiligheid",
                                        email: "pj.vandermeulen-hoekstra@ameland.nl"), context: on("2023-06-12"))
        d = try d.addingSession(AdviceSession(id: "s-am-1", date: day("2023-06-12"), kind: .intake, participants: ["Sjoukje Visser"],
                                              actionLines: ["privacy"], summary: "Intake over gegevensdeling tussen de eilanden",
                                              minutes: 90,
                                              followUps: [FollowUp(id: "f-am-1", text: "Verwerkersovereenkomst opvragen", due: day("2023-06-30"),
                                                                   done: true)]),
                                context: on("2023-06-12"))
        d = try d.addingSession(AdviceSession(id: "s-am-2", date: day("2023-08-21"), kind: .advice, participants: ["Sjoukje Visser", "Pieter-Jan"],
                                              actionLines: ["privacy"], summary: "Opzet van de training met de consulenten doorgenomen",
                                              minutes: 45,
                                              followUps: [FollowUp(id: "f-am-2", text: "Concept-aanvraag nalopen", due: day("2023-09-25"))]),
                                context: on("2023-08-21"))
        d = try d.addingSession(AdviceSession(id: "s-am-3", date: day("2023-09-10"), kind: .call, summary: "Gebeld over de planning\nen de terugkomdag",
                                              minutes: 20,
                                              followUps: [FollowUp(id: "f-am-3", text: "Begroting opvragen", due: day("2023-10-25"))]),
                                context: on("2023-09-10"))
        d = try d.settingFollowUp("f-am-1", done: true, context: on("2023-06-28"))
        d = try d.addingApplication(Application(id: "a-am-1", title: "Training privacy en gegevensdeling Ameland",
                                                activities: "Twee trainingsdagen voor consulenten en een terugkomdag.",
                                                actionLines: ["privacy"], team: .zorgVeiligheid, requested: Cents(euros: 7_800),
                                                plannedStart: day("2023-11-06"), plannedEnd: day("2024-03-06")),
                                    context: on("2023-09-28"))
        return try d.advancingApplication(to: .submitted, input: StepInput(), context: on("2023-10-05"))
    }

    static func harlingen() throws -> Dossier {
        var d = Dossier(code: code("GM0072"), adviser: anne, team: .zorgVeiligheid)
        d = try d.addingContact(Contact(id: "c-ha-1", name: "Femke de Jong", role: "teamleider wijkteam"), context: on("2023-10-09"))
        return try d.addingSession(AdviceSession(id: "s-ha-1", date: day("2023-10-09"), kind: .workshop, participants: ["Femke de Jong"],
                                                 actionLines: ["wijkteams"], summary: "Werksessie met het wijkteam", minutes: 120,
                                                 followUps: [FollowUp(id: "f-ha-1", text: "Verslag rondsturen", due: day("2023-10-16"))]),
                                   context: on("2023-10-09"))
    }

    static func heerenveen() throws -> Dossier {
        var d = Dossier(code: code("GM0074"), adviser: bert, team: .opdrachtgeverschap)
        d = try d.addingContact(Contact(id: "c-hv-1", name: "Gerrit Zijlstra", role: "griffier"), context: on("2023-05-02", by: bert))
        d = try d.addingSession(AdviceSession(id: "s-hv-1", date: day("2023-05-02"), kind: .advice, summary: "Aanvraag voor de ombudsfunctie besproken"),
                                context: on("2023-05-02", by: bert))
        d = try d.addingApplication(Application(id: "a-hv-1", title: "Ombudsfunctie sociaal domein", actionLines: ["rechtsbescherming"],
                                                team: .opdrachtgeverschap, requested: Cents(euros: 6_100),
                                                plannedStart: day("2023-07-01"), plannedEnd: day("2023-10-31")),
                                    context: on("2023-05-10", by: bert))
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: on("2023-05-15", by: bert))
        d = try d.advancingApplication(to: .rejected, input: StepInput(note: "Valt buiten de actielijnen van dit jaar"),
                                       context: on("2023-06-01", by: bert))
        // A colleague's copy changed the same contact: the merge kept the later role and says so.
        d.notices = [Notice(id: "n-hv-1", at: Timestamp(day: day("2023-10-06")), kind: .fieldClash, subject: .contact("c-hv-1"),
                            field: .contact(.role), kept: "griffier", lost: "raadsgriffier", by: anne)]
        return d
    }

    static func leeuwarden() throws -> Dossier {
        var d = Dossier(code: code("GM0080"), adviser: anne, team: .zorgVeiligheid)
        d = try d.addingSession(AdviceSession(id: "s-lw-1", date: day("2023-03-14"), kind: .advice, summary: "Wijkgericht werken in Heechterp",
                                              followUps: [FollowUp(id: "f-lw-1", text: "Tussenrapportage vragen", due: day("2023-11-15"))]),
                                context: on("2023-03-14"))
        d = try d.addingApplication(Application(id: "a-lw-1", title: "Wijkgericht werken", actionLines: ["wijkteams", "integraal"],
                                                team: .zorgVeiligheid, requested: Cents(euros: 9_500),
                                                plannedStart: day("2023-06-01"), plannedEnd: day("2023-09-30")),
                                    context: on("2023-03-20"))
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: on("2023-03-27"))
        d = try d.advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: on("2023-04-17"))
        return try d.advancingApplication(to: .running, input: StepInput(), context: on("2023-06-01"))
    }

    static func terschelling() throws -> Dossier {
        var d = Dossier(code: code("GM0093"), adviser: bert, team: .zorgVeiligheid)
        d = try d.addingSession(AdviceSession(id: "s-ts-1", date: day("2023-07-20"), kind: .call, summary: "Digitale informatiepunten op het eiland"),
                                context: on("2023-07-20", by: bert))
        d = try d.addingApplication(Application(id: "a-ts-1", title: "Informatiepunt Digitale Overheid", actionLines: ["digitale-overheid"],
                                                team: .zorgVeiligheid, requested: Cents(euros: 4_250),
                                                plannedStart: day("2023-11-01"), plannedEnd: day("2024-02-29")),
                                    context: on("2023-08-01", by: bert))
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: on("2023-08-07", by: bert))
        return try d.advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 4_250)), context: on("2023-09-01", by: bert))
    }

    static func vlieland() throws -> Dossier {
        var d = Dossier(code: code("GM0096"), adviser: anne, team: .zorgVeiligheid)
        d = try d.addingApplication(Application(id: "a-vl-1", title: "Gemeenten leren van elkaar", actionLines: ["leervermogen"],
                                                team: .zorgVeiligheid, requested: Cents(euros: 2_000),
                                                plannedStart: day("2023-10-01"), plannedEnd: day("2023-12-31")),
                                    context: on("2023-08-14"))
        return try d.advancingApplication(to: .withdrawn, input: StepInput(note: "De gemeente doet mee met Terschelling"),
                                          context: on("2023-09-11"))
    }

    static func sudwestFryslan() throws -> Dossier {
        var d = Dossier(code: code("GM1900"), adviser: anne, team: .zorgVeiligheid)
        d = try d.addingSession(AdviceSession(id: "s-sw-1", date: day("2023-04-03"), kind: .intake, summary: "Intake met het sociaal team",
                                              followUps: [FollowUp(id: "f-sw-1", text: "Eindverslag opvragen", due: day("2023-09-01"))]),
                                context: on("2023-04-03"))
        d = try d.addingApplication(Application(id: "a-sw-1", title: "Training verward gedrag", actionLines: ["verward-gedrag"],
                                                team: .zorgVeiligheid, requested: Cents(euros: 8_750),
                                                plannedStart: day("2023-05-01"), plannedEnd: day("2023-08-31")),
                                    context: on("2023-04-10"))
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: on("2023-04-12"))
        d = try d.advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 8_750)), context: on("2023-04-24"))
        d = try d.advancingApplication(to: .running, input: StepInput(), context: on("2023-05-01"))
        return try d.advancingApplication(to: .completed, input: StepInput(date: day("2023-08-31"), outcome: "40 medewerkers getraind"),
                                          context: on("2023-09-04"))
    }

    static func groningen() throws -> Dossier {
        let d = Dossier(code: code("GM0014"), adviser: anne, team: .zorgVeiligheid)
        return try d.addingSession(AdviceSession(id: "s-gr-1", date: day("2023-09-18"), kind: .advice, summary: "Samenwerking met Veilig Thuis",
                                                 followUps: [FollowUp(id: "f-gr-1", text: "Contact leggen met Veilig Thuis", due: day("2023-10-02"))]),
                                   context: on("2023-09-18"))
    }
}
