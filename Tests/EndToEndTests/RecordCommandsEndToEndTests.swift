import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue #28, part 1: every action of the interface from the command line — contacts, sessions,
/// follow-ups, a draft application, notices — with the interface's rules and history: each change
/// is recorded as the interface records it, so `impuls undo` takes it back; a name that fits none
/// or several records lists them (exit status 2); `--format json` gives the record.
@Suite struct RecordCommandsEndToEndTests {
    static let config = #"{"adviser": "Anne de Vries", "language": "en"}"#

    /// The dossier file of `code`, parsed.
    static func dossier(_ w: Workbench, _ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String: Any] {
        let text = w.contents(w.file(code)) ?? "{}"
        return ((try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]) ?? [:]
    }

    static func records(_ w: Workbench, _ code: String, _ key: String) -> [[String: Any]] {
        dossier(w, code)[key] as? [[String: Any]] ?? []
    }

    /// The history's entries of the latest change: (action, subject kind, field).
    static func lastChange(_ w: Workbench, _ code: String) -> [(action: String, subject: String, field: String?)] {
        let history = records(w, code, "history")
        guard let last = history.last?["id"] as? String else { return [] }
        let change = last.split(separator: ".").first.map(String.init) ?? ""
        return history.filter { ($0["id"] as? String)?.hasPrefix(change + ".") == true }.map {
            (($0["action"] as? String) ?? "", String(($0["subject"] as? String ?? "").prefix { $0 != ":" }), $0["field"] as? String)
        }
    }

    static func json(_ text: String) -> [String: Any] {
        ((try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]) ?? [:]
    }

    /// `undo --yes`, expected to take back what `words` says.
    static func undo(_ w: Workbench, _ code: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let undone = w.run("undo", code, "--yes")
        #expect(undone.status == 0, "\(undone.errHead)", sourceLocation: sourceLocation)
        #expect(undone.out.hasPrefix("Undone: ") && undone.out.contains(words), "\(undone.out)", sourceLocation: sourceLocation)
    }

    @Test func contactsAreAddedChangedRemovedAndEachUndone() {
        let w = Workbench(config: Self.config)
        let added = w.run("contact", "add", "Ameland", "--name", " Jan Jansen ", "--role", "wethouder", "--email", "jan@@ameland")
        #expect(added.status == 0, "\(added.errHead)")
        #expect(added.out == "Contact ‘Jan Jansen’ added to Ameland\n")
        #expect(added.err.contains("‘jan@@ameland’"), "the interface's warning beside the e-mail field, on stderr: \(added.err)")
        #expect(Self.lastChange(w, "GM0060").map(\.action) == ["created"])
        #expect(Self.lastChange(w, "GM0060").map(\.subject) == ["contact"])

        let edited = w.run("contact", "edit", "ameland", "jan", "--email", "jan@ameland.nl", "--phone", "0519 123456")
        #expect(edited.status == 0, "\(edited.errHead)")
        #expect(edited.out.hasPrefix("Changed for Ameland: ") && edited.out.contains("‘jan@@ameland’ → ‘jan@ameland.nl’"), "\(edited.out)")
        #expect(edited.err.isEmpty, "a likely address and number: no warning: \(edited.err)")
        #expect(Self.lastChange(w, "GM0060").map(\.field) == ["email", "phone"], "one change, a field each, as the form's save")
        let contact = Self.records(w, "GM0060", "contacts").first
        #expect(contact?["email"] as? String == "jan@ameland.nl" && contact?["phone"] as? String == "0519 123456")

        let same = w.run("contact", "edit", "ameland", "jan", "--role", "wethouder")
        #expect(same.status == 0 && same.out == "Nothing changed in the dossier of Ameland: it was all so already\n", "\(same.out)\(same.errHead)")
        let empty = w.run("contact", "edit", "ameland", "jan", "--name", " ")
        #expect(empty.status == 1, "a contact keeps a name, as in the form: \(empty.errHead)")

        let removed = w.run("contact", "remove", "Ameland", "Jan Jansen")
        #expect(removed.status == 0 && removed.out == "Contact ‘Jan Jansen’ of Ameland removed\n", "\(removed.out)\(removed.errHead)")
        #expect(Self.records(w, "GM0060", "contacts").isEmpty)
        #expect(Self.lastChange(w, "GM0060").map(\.action) == ["removed"])

        // Undone one by one, latest first, as `u` would.
        Self.undo(w, "GM0060", "Jan Jansen")
        #expect(Self.records(w, "GM0060", "contacts").first?["email"] as? String == "jan@ameland.nl", "the contact is back as it was")
        Self.undo(w, "GM0060", "‘jan@@ameland’")
        #expect(Self.records(w, "GM0060", "contacts").first?["email"] as? String == "jan@@ameland")
        Self.undo(w, "GM0060", "Jan Jansen")
        #expect(Self.records(w, "GM0060", "contacts").isEmpty)
        #expect(w.run("check").status == 0)
    }

    @Test func sessionsAreCorrectedRemovedAndEachUndone() {
        let w = Workbench(config: Self.config)
        #expect(w.run("session", "add", "GM0060", "--summary", "Intake", "--date", "2023-10-02", "--follow-up", "Plan sturen@2023-10-20").status == 0)
        #expect(w.run("session", "add", "GM0060", "--summary", "Gebeld", "--date", "2023-10-09").status == 0)

        let edited = w.run("session", "edit", "GM0060", "02-10-2023", "--summary", "Intake met de wethouder", "--minutes", "45",
                           "--participant", "Jan", "--participant", "Piet", "--kind", "intake")
        #expect(edited.status == 0, "\(edited.errHead)")
        #expect(edited.out.hasPrefix("Changed for Ameland: Session of 2023-10-02"), "\(edited.out)")
        #expect(Set(Self.lastChange(w, "GM0060").compactMap(\.field)) == ["summary", "minutes", "participants", "kind"], "one change, a field each")
        let latest = w.run("session", "edit", "GM0060", "--latest", "--date", "2023-10-10")
        #expect(latest.status == 0, "\(latest.errHead)")
        #expect(Self.records(w, "GM0060", "sessions").compactMap { $0["date"] as? String }.sorted() == ["2023-10-02", "2023-10-10"])
        // The rules of the form: a session is logged after it took place.
        let future = w.run("session", "edit", "GM0060", "--latest", "--date", "2023-11-01")
        #expect(future.status == 1 && future.err.contains("2023-11-01"), "\(future.errHead)")
        let both = w.run("session", "edit", "GM0060", "2023-10-10", "--latest", "--summary", "x")
        #expect(both.status == 2, "a session or --latest, not both: \(both.errHead)")

        let removed = w.run("session", "remove", "GM0060", "2023-10-02")
        #expect(removed.status == 0 && removed.out == "Session of 2023-10-02 with Ameland removed, with 1 follow-up\n", "\(removed.out)\(removed.errHead)")
        #expect(Self.lastChange(w, "GM0060").map(\.action) == ["removed"])
        Self.undo(w, "GM0060", "Session of 2023-10-02")
        let back = Self.records(w, "GM0060", "sessions").first { $0["date"] as? String == "2023-10-02" }
        #expect(back?["summary"] as? String == "Intake met de wethouder" && (back?["followUps"] as? [Any])?.count == 1, "back with its follow-up")
        Self.undo(w, "GM0060", "2023-10-09 → 2023-10-10")
        Self.undo(w, "GM0060", "kind: advice → intake")
        #expect(Self.records(w, "GM0060", "sessions").compactMap { $0["summary"] as? String }.sorted() == ["Gebeld", "Intake"])
    }

    @Test func followUpsAreAddedTickedChangedRemovedAndEachUndone() {
        let w = Workbench(config: Self.config)
        let none = w.run("follow-up", "add", "GM0060", "Begroting opvragen", "--due", "2023-10-30")
        #expect(none.status == 2 && none.err.contains("Ameland has no session yet"), "\(none.errHead)")
        #expect(w.run("session", "add", "GM0060", "--summary", "Intake", "--date", "2023-10-02").status == 0)
        #expect(w.run("session", "add", "GM0060", "--summary", "Gebeld", "--date", "2023-10-09").status == 0)

        // Without --session: the latest session, and it says so.
        let added = w.run("follow-up", "add", "GM0060", "Begroting opvragen", "--due", "2023-10-30")
        #expect(added.status == 0, "\(added.errHead)")
        #expect(added.out == "Follow-up ‘Begroting opvragen’ (due 2023-10-30) added to the session of 2023-10-09 with Ameland\n", "\(added.out)")
        #expect(Self.lastChange(w, "GM0060").map { "\($0.action) \($0.subject)" } == ["created follow-up"], "as a session's own follow-ups are recorded")
        let named = w.run("follow-up", "add", "GM0060", "Plan sturen", "--due", "2023-10-20", "--session", "2023-10-02")
        #expect(named.out.contains("added to the session of 2023-10-02"), "\(named.out)\(named.errHead)")

        let done = w.run("follow-up", "done", "GM0060", "begroting")
        #expect(done.status == 0 && done.out == "Follow-up ‘Begroting opvragen’ of Ameland ticked off\n", "\(done.out)\(done.errHead)")
        #expect(Self.lastChange(w, "GM0060").map { "\($0.action) \($0.field ?? "")" } == ["changed done"], "as x records it")
        let again = w.run("follow-up", "done", "GM0060", "begroting")
        #expect(again.status == 0 && again.out.contains("was ticked off already; nothing changed"), "\(again.out)")
        let open = w.run("follow-up", "undone", "GM0060", "begroting")
        #expect(open.out == "Follow-up ‘Begroting opvragen’ of Ameland open again\n", "\(open.out)\(open.errHead)")

        let edited = w.run("follow-up", "edit", "GM0060", "plan", "--text", "Projectplan sturen", "--due", "25-10-2023")
        #expect(edited.status == 0 && edited.out.contains("2023-10-20 → 2023-10-25"), "\(edited.out)\(edited.errHead)")
        let removed = w.run("follow-up", "remove", "GM0060", "projectplan")
        #expect(removed.out == "Follow-up ‘Projectplan sturen’ of Ameland removed\n", "\(removed.out)\(removed.errHead)")

        Self.undo(w, "GM0060", "Projectplan sturen")
        Self.undo(w, "GM0060", "2023-10-20 → 2023-10-25")
        Self.undo(w, "GM0060", "‘Begroting opvragen’ open again")   // done again
        Self.undo(w, "GM0060", "‘Begroting opvragen’ ticked off")   // open again
        Self.undo(w, "GM0060", "Plan sturen")   // the added one goes
        let followUps = Self.records(w, "GM0060", "sessions").flatMap { $0["followUps"] as? [[String: Any]] ?? [] }
        #expect(followUps.map { $0["text"] as? String } == ["Begroting opvragen"] && followUps.first?["done"] as? Bool == false, "\(followUps)")
        #expect(w.run("check").status == 0)
    }

    @Test func aDraftIsEditedByTheFormsRulesAndOnlyADraft() {
        let w = Workbench(config: Self.config)
        let none = w.run("application", "edit", "GM0060", "--title", "x")
        #expect(none.status == 2 && none.err.contains("Ameland has no application; there are no applications"), "\(none.errHead)")
        #expect(w.run("application", "new", "GM0060", "--title", "Wijkteams", "--amount", "9500", "--start", "2023-11-01",
                      "--end", "2023-12-31", "--action-line", "wijkteams").status == 0)
        let above = w.run("application", "edit", "GM0060", "--amount", "12000")
        #expect(above.status == 1 && above.err.contains("€10,000"), "the scheme's maximum, as beside the form's field: \(above.errHead)")
        let edited = w.run("application", "edit", "GM0060", "--title", "Wijkteams versterken", "--amount", "9.000", "--end", "2024-01-31",
                           "--action-line", "wijkteams", "--action-line", "toegang")
        #expect(edited.status == 0 && edited.out.contains("‘Wijkteams’ → ‘Wijkteams versterken’") && edited.out.contains("2023-12-31 → 2024-01-31"),
                "every field it changed: \(edited.out)\(edited.errHead)")
        #expect(edited.err.contains("2024-01-31"), "the form's warning: the project ends after the scheme closes: \(edited.err)")
        #expect(Set(Self.lastChange(w, "GM0060").compactMap(\.field)) == ["title", "requested", "plannedEnd", "actionLines"])
        #expect(w.run("application", "advance", "GM0060", "--to", "submitted").status == 0)
        let submitted = w.run("application", "edit", "GM0060", "--title", "Anders")
        #expect(submitted.status == 1 && submitted.err.contains("only a draft can be edited"), "\(submitted.errHead)")
        Self.undo(w, "GM0060", "Status: draft → submitted")
        Self.undo(w, "GM0060", "2023-12-31 → 2024-01-31")
        let application = Self.records(w, "GM0060", "applications").first
        #expect(application?["title"] as? String == "Wijkteams" && application?["requestedCents"] as? Int == 950_000)
    }

    @Test func aNameThatFitsSeveralIsRefusedWithTheListAndOneThatFitsNoneSaysSo() {
        let w = Workbench(config: Self.config)
        for name in ["Jan", "Janneke Bos", "Jantine de Vries"] { #expect(w.run("contact", "add", "GM0060", "--name", name).status == 0) }
        #expect(w.run("session", "add", "GM0060", "--summary", "Ochtend", "--follow-up", "Begroting opvragen@2023-10-30",
                      "--follow-up", "Begroting nalopen@2023-11-06").status == 0)
        #expect(w.run("session", "add", "GM0060", "--summary", "Middag").status == 0)
        for title in ["Plan A", "Plan B"] {
            #expect(w.run("application", "new", "GM0080", "--title", title, "--amount", "5000", "--start", "2023-11-01", "--end", "2023-12-31",
                          "--action-line", "toegang").status == 0 || title == "Plan B")
        }
        let before = w.snapshot()
        let cases: [(arguments: [String], list: [String])] = [
            (["contact", "remove", "GM0060", "ja"], ["Jan  [", "Janneke Bos  [", "Jantine de Vries  ["]),
            (["session", "edit", "GM0060", "2023-10-16", "--summary", "x"], ["Ochtend", "Middag"]),
            (["session", "remove", "GM0060", "--latest"], ["Ochtend", "Middag"]),
            (["follow-up", "done", "GM0060", "begroting"], ["Begroting opvragen", "Begroting nalopen"]),
            (["follow-up", "add", "GM0060", "Bellen", "--due", "2023-10-30"], ["Ochtend", "Middag"]),
        ]
        for (arguments, list) in cases {
            let result = w.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.errHead)")
            #expect(result.err.contains("fits several"), "\(arguments): \(result.err)")
            for line in list { #expect(result.err.contains(line), "\(arguments) lists \(line): \(result.err)") }
            #expect(result.out.isEmpty)
        }
        let missing: [[String]] = [["contact", "remove", "GM0060", "piet"], ["session", "remove", "GM0060", "2023-10-01"],
                                   ["follow-up", "done", "GM0060", "bellen"], ["application", "edit", "GM0060", "--title", "x"],
                                   ["application", "edit", "GM0080", "--application", "zz", "--title", "x"]]
        for arguments in missing {
            let result = w.run(arguments)
            #expect(result.status == 2 && result.err.contains(" has no "), "\(arguments): \(result.errHead)")
        }
        let pieces = w.run("contact", "remove", "GM0060", "piet").err
        #expect(pieces.contains("Ameland has no contact ‘piet’; the contacts:") && pieces.contains("Jantine de Vries  ["), "\(pieces)")
        #expect(Workbench.differences(before, w.snapshot()) == [], "nothing refused wrote anything")
        // The start of the id in [ ] names it.
        let listed = w.run("contact", "remove", "GM0060", "ja").err
        let line = listed.split(separator: "\n").first { $0.contains("Janneke Bos") } ?? ""
        let id = String(line.split(separator: "[").last?.prefix(8) ?? "")
        let byID = w.run("contact", "remove", "GM0060", id)
        #expect(byID.status == 0 && byID.out.contains("‘Janneke Bos’"), "\(id): \(byID.out)\(byID.errHead)")
        #expect(w.run("contact", "edit", "GM0060", "jan", "--role", "wethouder").status == 0, "Jan by the whole name")
    }

    @Test func everyCommandPrintsItsRecordAsJSON() {
        let w = Workbench(config: Self.config)
        let logged = Self.json(w.run("session", "add", "GM0060", "--summary", "Intake", "--date", "2023-10-02", "--format", "json").out)
        #expect(logged["action"] as? String == "added" && (logged["session"] as? [String: Any])?["date"] as? String == "2023-10-02", "\(logged)")
        let contact = Self.json(w.run("contact", "add", "GM0060", "--name", "Jan", "--format", "json").out)
        #expect(contact["code"] as? String == "GM0060" && contact["name"] as? String == "Ameland" && contact["action"] as? String == "added")
        let contactID = (contact["contact"] as? [String: Any])?["id"] as? String ?? ""
        #expect(contactID.count == 16 && (contact["message"] as? String)?.contains("Jan") == true, "\(contact)")
        // The id from JSON names the record in the next command, as a script would use it.
        let edited = Self.json(w.run("contact", "edit", "GM0060", contactID, "--role", "wethouder", "--format", "json").out)
        #expect((edited["contact"] as? [String: Any])?["role"] as? String == "wethouder" && edited["action"] as? String == "changed")
        let unchanged = Self.json(w.run("contact", "edit", "GM0060", contactID, "--role", "wethouder", "--format", "json").out)
        #expect(unchanged["action"] as? String == "unchanged")
        let followUp = Self.json(w.run("follow-up", "add", "GM0060", "Bellen", "--due", "2023-10-20", "--format", "json").out)
        let followUpID = (followUp["followUp"] as? [String: Any])?["id"] as? String ?? ""
        #expect(followUp["session"] as? String == (Self.records(w, "GM0060", "sessions").first?["id"] as? String), "\(followUp)")
        let done = Self.json(w.run("follow-up", "done", "GM0060", followUpID, "--format", "json").out)
        #expect(done["action"] as? String == "done" && (done["followUp"] as? [String: Any])?["done"] as? Bool == true, "\(done)")
        let undone = Self.json(w.run("follow-up", "undone", "GM0060", followUpID, "--format", "json").out)
        #expect(undone["action"] as? String == "undone")
        #expect(Self.json(w.run("follow-up", "edit", "GM0060", followUpID, "--text", "Mailen", "--format", "json").out)["action"] as? String == "changed")
        #expect(Self.json(w.run("follow-up", "remove", "GM0060", followUpID, "--format", "json").out)["action"] as? String == "removed")
        let session = Self.json(w.run("session", "edit", "GM0060", "--latest", "--minutes", "30", "--format", "json").out)
        #expect((session["session"] as? [String: Any])?["minutes"] as? Int == 30, "\(session)")
        #expect(Self.json(w.run("session", "remove", "GM0060", "--latest", "--format", "json").out)["action"] as? String == "removed")
        #expect(w.run("application", "new", "GM0060", "--title", "Plan", "--amount", "5000", "--start", "2023-11-01", "--end", "2023-12-31",
                      "--action-line", "toegang").status == 0)
        let application = Self.json(w.run("application", "edit", "GM0060", "--amount", "4000", "--format", "json").out)
        #expect((application["application"] as? [String: Any])?["requestedCents"] as? Int == 400_000, "\(application)")
        let advanced = Self.json(w.run("application", "advance", "GM0060", "--to", "submitted", "--format", "json").out)
        #expect(advanced["action"] as? String == "advanced" && (advanced["application"] as? [String: Any])?["status"] as? String == "submitted")
        #expect(Self.json(w.run("contact", "remove", "GM0060", "jan", "--format", "json").out)["action"] as? String == "removed")
        let notices = w.run("notice", "list", "--format", "json")
        #expect(notices.status == 0 && notices.out == "[]\n", "\(notices.out)")
    }

    /// A notice from merging two copies (a contact's role changed on both): listed in words with the
    /// start of its id, in text and JSON, resolved by `notice resolve` — and `dossier resolve`
    /// still works as before.
    @Test func noticesAreListedAndResolvedInOnePlace() throws {
        let w = Workbench(config: Self.config)
        let file = w.file("GM0060")
        #expect(w.run("contact", "add", "GM0060", "--name", "Jan", "--role", "wethouder").status == 0)
        try FileManager.default.copyItem(atPath: file, toPath: w.home + "/base.json")
        #expect(w.run("contact", "edit", "GM0060", "jan", "--role", "burgemeester").status == 0)
        try FileManager.default.moveItem(atPath: file, toPath: w.home + "/theirs.json")
        try FileManager.default.copyItem(atPath: w.home + "/base.json", toPath: file)
        #expect(w.run("contact", "edit", "GM0060", "jan", "--role", "griffier").status == 0)
        let merged = w.run("merge-driver", w.home + "/base.json", file, w.home + "/theirs.json", "dossiers/GM0060.json")
        #expect(merged.status == 0, "\(merged.errHead)")
        #expect(w.run("session", "add", "GM0080", "--summary", "no notice here").status == 0)

        let listed = w.run("notice", "list")
        #expect(listed.status == 0, "\(listed.errHead)")
        #expect(listed.out.hasPrefix("Ameland (GM0060)\n  ["), "\(listed.out)")
        #expect(!listed.out.contains("Leeuwarden"), "only dossiers with open notices")
        let items = (try? JSONSerialization.jsonObject(with: Data(w.run("notice", "list", "GM0060", "--format", "json").out.utf8))) as? [[String: Any]] ?? []
        #expect(items.count == 1)
        let short = try #require(items.first?["shortId"] as? String)
        #expect(listed.out.contains("[\(short)] "), "\(listed.out)")
        #expect((items.first?["notice"] as? [String: Any])?["kind"] as? String == "field-clash")
        #expect(w.run("--read-only", "notice", "list").status == 0, "listing only reads")

        let resolved = w.run("notice", "resolve", "GM0060", short)
        #expect(resolved.status == 0 && resolved.out == "Notice \(short) of Ameland marked as dealt with\n", "\(resolved.out)\(resolved.errHead)")
        #expect(w.run("notice", "list").out == "no open notices\n")
        let all = w.run("notice", "list", "--all").out
        #expect(all.contains("[\(short)] ") && all.contains("(dealt with)"), "\(all)")
        Self.undo(w, "GM0060", "Notice resolved")
        #expect(w.run("notice", "list").out.contains("[\(short)] "), "undo opens it again")
        let alias = w.run("dossier", "resolve", "GM0060", short)
        #expect(alias.status == 0 && alias.out == "Notice \(short) of Ameland marked as dealt with\n", "\(alias.out)\(alias.errHead)")
        let again = Self.json(w.run("notice", "resolve", "GM0060", short, "--format", "json").out)
        #expect(again["action"] as? String == "unchanged" && (again["notice"] as? [String: Any])?["resolved"] as? Bool == true, "\(again)")
    }

    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The dossier changes by hand after `contact edit` read it and found the contact, before it
    /// writes: exit status 3, nothing written, the hand edit kept. strace stops the command right
    /// after its first opening of the dossier's file (its read).
    @Test(.enabled(if: strace != nil, "needs strace"))
    func aDossierChangedWhileTheCommandRanIsAConflictAndNothingIsWritten() throws {
        let w = Workbench(config: Self.config)
        #expect(w.run("contact", "add", "GM0060", "--name", "Jan", "--role", "wethouder").status == 0)
        let file = w.file("GM0060")
        let log = w.home + "/strace.log"
        let run = try BoundedChild([Self.strace!, "-f", "-o", log, "-P", file, "-e", "trace=openat", "-e", "inject=openat:signal=SIGSTOP:when=1",
                                    Binary.path, "contact", "edit", "GM0060", "jan", "--role", "burgemeester"], environment: w.env, timeout: 30)
        let pid = try #require(stoppedByStrace(log: log), "contact edit did not stop at its read")
        let handEdited = try #require(w.contents(file)).replacingOccurrences(of: "\"name\": \"Jan\"", with: "\"name\": \"Jan de Boer\"")
        try handEdited.write(toFile: file, atomically: true, encoding: .utf8)
        kill(pid, SIGCONT)
        let outcome = run.wait()
        #expect(outcome.status == 3, "\(outcome.errHead)")
        #expect(outcome.out.isEmpty)
        #expect(outcome.err.contains("(dossiers/GM0060.json)") && outcome.err.contains("nothing saved"), "\(outcome.err)")
        #expect(w.contents(file) == handEdited, "the hand edit is kept, nothing written over it")
    }
}
