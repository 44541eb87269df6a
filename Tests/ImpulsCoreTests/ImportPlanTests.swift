import Testing
@testable import ImpulsCore
import ImpulsTestSupport

/// What `import` and `import --dry-run` both say: one plan per dossier.
@Suite struct ImportPlanTests {
    /// The export's side undid a session the folder has: the import takes it away, and the plan
    /// says "removed", not "only here (kept)"; with `--replace` too.
    @Test func aSessionTheExportUndidIsNamedAsRemoved() throws {
        var anne = context
        anne.today = day("2023-10-10")
        let base = try Dossier(code: fryslan).addingSession(AdviceSession(id: "s1", date: anne.today, kind: .call, summary: "Gebeld"),
                                                            context: anne)
        let folder = try base.addingContact(Contact(id: "c1", name: "Pieter"), context: anne)
        var elsewhere = anne
        elsewhere.seed = 7
        let export = try base.undoingLastChange(context: elsewhere)
        for replacing in [false, true] {
            let plan = folder.importPlan(export, from: "export.json", replacing: replacing, context: anne)
            let result = try #require(plan.result)
            #expect(!result.sessions.contains { $0.id == "s1" })
            #expect(plan.effect.removed == (replacing ? [.contact("c1"), .session("s1")] : [.session("s1")]), "replacing: \(replacing)")
            #expect(plan.effect.kept == (replacing ? [] : [.contact("c1")]), "replacing: \(replacing)")
            #expect(plan.effect.added.isEmpty && plan.effect.changed.isEmpty)
        }
        #expect(folder.importPlan(folder, from: "export.json", replacing: true, context: anne).result == nil)
    }
}
