import ImpulsCore

/// What the program computes from a dossier as soon as it is loaded: the rule audit of the dossier
/// view, the status report, a recorded change (a contact added), an undo. Part of the never-traps
/// property: a file the loader accepts (a hand edit, a merge) must not crash the program later.
enum LoadedDossier {
    static let today = CalendarDay(year: 2023, month: 10, day: 16)!
    static let context = ChangeContext(rules: .scheme, today: today, actor: "impuls-fuzz")

    static func use(_ dossier: Dossier) {
        _ = RuleAudit.reasons(dossier, rules: .scheme)
        _ = StatusReport.make(dossiers: [dossier], regions: [], rules: .scheme, today: today)
        _ = try? dossier.addingContact(Contact(id: "impuls-fuzz", name: "Fuzz"), context: context)
        _ = try? dossier.undoingLastChange(context: context)
    }
}
