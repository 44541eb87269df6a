#if canImport(Glibc)
import Glibc
#endif
import Testing
import ImpulsCore
import ImpulsStore
import ImpulsApp
@testable import ImpulsUI

/// The run loop with the data folder watched, as the program wires it: another process changes a
/// dossier on disk, and the interface shows it — through a scripted terminal, without a pseudo-terminal.
@Suite struct FolderWatchLoopTests {
    let ameland = MunicipalityCode("GM0060")!
    let context = ChangeContext(rules: .scheme, today: loopToday, actor: "Anne", laptop: "0123456789abcdef")

    /// A data folder with Ameland's dossier, the store the interface reads it through, and the state it opens on.
    func folder() throws -> (path: String, store: DossierStore, state: AppState) {
        var template = Array("/tmp/impuls-watch-XXXXXX".utf8CString)
        let path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        let store = DossierStore(folder: try DataFolder(path: path))
        guard case .saved = store.save(Dossier(code: ameland, adviser: "Anne")) else { throw StoreError.conflict(file: path) }
        return (path, store, try openedState(store, selecting: ameland))
    }

    /// Another process (a second store on the same folder, as `impuls session add` does) logs a session.
    func logSessionElsewhere(_ path: String, summary: String = "Gebeld door een collega") {
        let other = DossierStore(folder: try! DataFolder(path: path))
        _ = try! other.update(ameland, empty: Dossier(code: ameland)) { d throws(Refusal) in
            try d.addingSession(AdviceSession(id: "elsewhere", date: loopToday, kind: .call, summary: summary), context: context)
        }
    }

    /// The loop as `Impuls.run` starts it: the folder followed, saves through the store.
    func run(_ device: ScriptedTerminal, _ state: AppState, _ path: String, _ store: DossierStore) -> AppState {
        Interface(store: store).run(device, state)
    }

    @Test func aDossierChangedOnDiskWhileTheRegionViewIsShownUpdatesItsRowAndSaysSo() throws {
        let (path, store, state) = try folder()
        let selected = state.home.list.selection
        let device = ScriptedTerminal([.meanwhile { logSessionElsewhere(path) }])
        let end = run(device, state, path, store)
        #expect(end.caseload.dossiers[ameland]?.sessions.map(\.summary) == ["Gebeld door een collega"])
        #expect(end.home.list.selection == selected, "the selection stays")
        #expect(end.message == "Ameland bijgewerkt buiten impuls")
        let before = device.screens.first?.split(separator: "\n").first { $0.contains("Ameland") }
        let after = device.screen.split(separator: "\n").first { $0.contains("Ameland") }
        #expect(before != after, "the row shows the new session:\n\(device.screen)")
        #expect(device.screen.contains("Ameland bijgewerkt buiten impuls"))
    }

    @Test func aDossierChangedUnderAnOpenFormKeepsWhatIsTypedAndTheSaveMeetsTheConflict() throws {
        let (path, store, state) = try folder()
        let device = ScriptedTerminal([.key(.enter), .key(.character("n"))]
            + "Eigen notitie".map { .key(.character($0)) }
            + [.meanwhile { logSessionElsewhere(path) }, .key(.control("s"))])
        let end = run(device, state, path, store)
        guard case .form(let form)? = end.stack.last else {
            Issue.record("the form stays open: \(device.screen)")
            return
        }
        #expect(form[SessionField.summary] == "Eigen notitie", "what is typed stays")
        #expect(form.failure != nil, "the save met the outside change as a conflict: \(device.screen)")
        #expect(end.caseload.dossiers[ameland]?.sessions.map(\.summary) == ["Gebeld door een collega"], "what is on disk is shown")
        let onDisk = try #require(try DossierStore(folder: DataFolder(path: path)).load(ameland).get())
        #expect(onDisk.sessions.map(\.summary) == ["Gebeld door een collega"], "nothing overwritten")
    }

    @Test func savingAgainAfterTheConflictWritesBothAndImpulsOwnSaveIsNotReportedAsOutside() throws {
        let (path, store, state) = try folder()
        let device = ScriptedTerminal([.key(.enter), .key(.character("n"))]
            + "Eigen notitie".map { .key(.character($0)) }
            + [.meanwhile { logSessionElsewhere(path) }, .key(.control("s")), .key(.control("s"))])
        let end = run(device, state, path, store)
        #expect(end.view == .dossier, "saved the second time: \(device.screen)")
        #expect(end.message?.hasPrefix("Opgeslagen voor Ameland: Gesprek van ") == true, "impuls's own save is not an outside change: \(end.message ?? "")")
        let onDisk = try #require(try DossierStore(folder: DataFolder(path: path)).load(ameland).get())
        #expect(Set(onDisk.sessions.map(\.summary)) == ["Gebeld door een collega", "Eigen notitie"])
    }
}

@Suite struct FolderWatchTests {
    func folder() -> String {
        var template = Array("/tmp/impuls-watch-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }
    func write(_ path: String, _ text: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = text.withCString { Glibc.write(fd, $0, strlen($0)) }
        close(fd)
    }

    @Test func inotifyTellsTheNamesWrittenAddedAndRemoved() throws {
        let path = folder()
        write(path + "/GM0060.json", "{}")
        let watch = FolderWatch(path: path)
        #expect(watch.usesInotify)
        #expect(watch.changes() == [])
        write(path + "/GM0060.json", "{ }")
        write(path + "/GM0080.json", "{}")
        #expect(watch.changes() == ["GM0060.json", "GM0080.json"])
        unlink(path + "/GM0080.json")
        #expect(watch.changes() == ["GM0080.json"])
        #expect(watch.changes() == [])
    }

    @Test func withoutInotifyTheStampsOfEachFileAreComparedOnceASecond() throws {
        let path = folder()
        write(path + "/GM0060.json", "{}")
        write(path + "/GM0080.json", "{}")
        let start = ContinuousClock.now
        let watch = FolderWatch(path: path, inotify: false, now: start)
        #expect(!watch.usesInotify)
        write(path + "/GM0060.json", "{ }")   // another size
        unlink(path + "/GM0080.json")
        write(path + "/GM0093.json", "{}")
        #expect(watch.changes(now: start + .milliseconds(500)) == [], "not yet a second")
        #expect(watch.changes(now: start + .seconds(1)) == ["GM0060.json", "GM0080.json", "GM0093.json"])
        // Same size, a new modification time.
        var times = [timespec(tv_sec: 1_000, tv_nsec: 5), timespec(tv_sec: 1_000, tv_nsec: 5)]
        utimensat(AT_FDCWD, path + "/GM0060.json", &times, 0)
        #expect(watch.changes(now: start + .seconds(2)) == ["GM0060.json"])
        #expect(watch.changes(now: start + .seconds(3)) == [])
        // A time far ahead, set by hand: seen as a change, never a trap (seconds × 10⁹ would overflow).
        var far = [timespec(tv_sec: 32_503_680_000, tv_nsec: 0), timespec(tv_sec: 32_503_680_000, tv_nsec: 0)]
        utimensat(AT_FDCWD, path + "/GM0060.json", &far, 0)
        #expect(watch.changes(now: start + .seconds(4)) == ["GM0060.json"])
    }
}
