import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 25's soak: three to five clones of one bare repository, rounds of random work on random
/// clones (sessions, applications and their steps, syncs, syncs killed with SIGKILL part way —
/// sometimes while a slow merge driver runs, sometimes followed at once by a save on that clone —
/// and now and then a dossier damaged by hand), then every clone syncs in turn until a whole round
/// changes nothing. Afterwards every clone holds the same commit tree and the same bytes on disk,
/// nothing is uncommitted or half merged, `impuls check` is content, and every change impuls
/// acknowledged (exit 0) is in every clone — except what a hand damage destroyed before it was
/// ever committed.
///
/// Half the seeds also damage dossiers by hand (deleted, emptied, garbage; at most twice), half
/// never, so kills are judged on their own too. A seed's problems are reported each as an issue
/// naming the seed, the clone, the change and how to replay it: stuck (a clone's sync still fails
/// after settling), lost (an acknowledged change gone from the clone that made it), not delivered
/// (missing on other clones), hand damage spread or not repaired, unclean folders, a `check` that
/// is not content, trees or bytes that differ; then the seed's action log.
///
/// Each seed is deterministic except for where a kill lands. Knobs (environment):
/// - `IMPULS_SOAK=N` (make test SOAK=N): 2×N seeds from the list below, then 1000+i (default 2);
/// - `IMPULS_SOAK_SEED=7,12`: exactly these seeds (to replay one);
/// - `IMPULS_SOAK_CLONES=3…5`: clones per seed (default 3, 4 or 5 by the seed);
/// - `IMPULS_SOAK_ACTIONS=N`: random actions per seed (default 40);
/// - `IMPULS_SOAK_KEEP=1`: a failing seed's folders are copied to /tmp/impuls-soak-<seed>;
/// - `IMPULS_SOAK_LOG=1`: every seed's action log is printed (else only a failing seed's).
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct SyncSoakEndToEndTests {
    static let seeds: [UInt64] = [97, 37, 126, 104, 11, 23, 41, 58, 62, 79, 83, 115, 131, 149, 152, 167, 173, 188, 191, 200]

    @Test func randomWorkOnSeveralClonesWithKilledSyncsAndHandDamageLosesNothing() throws {
        let environment = ProcessInfo.processInfo.environment
        let soak = max(1, Int(environment["IMPULS_SOAK"] ?? "1") ?? 1)
        let seeds: [UInt64]
        if let chosen = environment["IMPULS_SOAK_SEED"], !chosen.isEmpty {
            seeds = chosen.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) }
        } else {
            seeds = (0..<(2 * soak)).map { $0 < Self.seeds.count ? Self.seeds[$0] : UInt64(1000 + $0) }
        }
        let clones = environment["IMPULS_SOAK_CLONES"].flatMap { Int($0) }.map { min(5, max(3, $0)) }
        let actions = max(1, environment["IMPULS_SOAK_ACTIONS"].flatMap { Int($0) } ?? 40)
        let keep = environment["IMPULS_SOAK_KEEP"] == "1"
        let printLog = environment["IMPULS_SOAK_LOG"] == "1"
        #expect(!seeds.isEmpty, "IMPULS_SOAK_SEED names no seed")

        var lines: [String] = []
        for seed in seeds {
            let run = SyncSoak(seed: seed, clones: clones ?? 3 + Int(seed % 3), actions: actions, keep: keep, printLog: printLog)
            let figures = run.run()
            lines.append(figures.line)
            print("sync soak: " + figures.line)
        }
        print("sync soak, \(seeds.count) seed(s):\n  " + lines.joined(separator: "\n  "))
    }
}

/// A deterministic random number generator (SplitMix64): the same seed, the same actions.
struct SoakRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 ^ 0xD1B5_4A32_D192_ED03 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next number, without taking it.
    func peek() -> UInt64 {
        var copy = self
        return copy.next()
    }

    /// 0..<n.
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    mutating func chance(_ percent: Int) -> Bool { int(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}

/// What one seed did and found.
struct SoakFigures {
    var seed: UInt64 = 0
    var clones = 0
    var actions = 0
    var writesAcknowledged = 0
    var writesRefused = 0
    var syncs = 0
    var syncsFailed = 0
    var kills = 0
    var killsLanded = 0
    var killsWithSlowDriver = 0
    var savesAfterKill = 0
    var damages = 0
    var settleRounds = 0
    var losses = 0
    var undelivered = 0
    var stuck = 0
    var spread = 0
    var otherProblems = 0

    var line: String {
        "seed \(seed): \(clones) clones, \(actions) actions, \(writesAcknowledged) writes acknowledged (\(writesRefused) refused), "
            + "\(syncs) syncs (\(syncsFailed) failed), \(kills) killed syncs (\(killsLanded) mid-way, \(killsWithSlowDriver) with a slow driver, "
            + "\(savesAfterKill) saves right after), \(damages) hand damages; settle \(settleRounds) rounds; "
            + "losses \(losses), not delivered \(undelivered), stuck \(stuck), damage spread \(spread), other problems \(otherProblems)"
    }
}

/// One seed's run: a team of clones, the random actions, the settling and the checks.
final class SyncSoak {
    static let codes = ["GM0080", "GM0014", "GM0344", "GM0363"]
    static let names = ["anna", "bram", "cor", "dewi", "eva"]
    /// People the sessions name now and then; one may be erased (`privacy erase`) during the run.
    static let persons = ["Sjoerd Visser", "Ilse Kok"]

    /// A change impuls acknowledged (exit 0): its unique text must end up in every clone.
    struct Acknowledged {
        enum Kind: String { case session, application, step }
        let token: String
        let kind: Kind
        let clone: String
        let code: String
        let action: Int
        let context: String
    }

    /// A dossier damaged by hand on one clone.
    struct Damage {
        let clone: String
        let code: String
        let kind: String
        let action: Int
        /// Acknowledged changes the damage destroyed while no commit held them yet (not required afterwards).
        let destroyed: Set<String>
        /// The clones whose last commit held the dossier then, and whether the team repository did:
        /// if it goes missing there later, the deletion spread.
        let heldBy: Set<String>
        let onRemote: Bool
    }

    let seed: UInt64
    let people: [String]
    let actionCount: Int
    let keep: Bool
    let printLog: Bool
    let team: SyncTeam
    let wrap: String
    var random: SoakRandom
    var figures = SoakFigures()
    var acknowledged: [Acknowledged] = []
    var damages: [Damage] = []
    /// Persons erased (exit 0): after settling, in no file and no commit anywhere.
    var erased: [String] = []
    var log: [String] = []
    var problems: [String] = []
    /// Process groups of killed syncs whose git may still be running, by clone.
    var orphans: [String: [pid_t]] = [:]
    /// Each clone's clock is a little off (seconds), as laptops' are.
    var skew: [String: Int] = [:]
    /// Half the seeds damage dossiers by hand (at most twice), half never: kills alone are judged too.
    var damaging = false

    init(seed: UInt64, clones: Int, actions: Int, keep: Bool, printLog: Bool = false) {
        self.seed = seed
        people = Array(SyncSoak.names.prefix(clones))
        actionCount = actions
        self.keep = keep
        self.printLog = printLog
        team = SyncTeam(people: people)
        random = SoakRandom(seed: seed)
        wrap = team.root + "/slow-driver"
        figures.seed = seed
        figures.clones = clones
        for person in people { skew[person] = random.int(121) - 60 }
        damaging = random.chance(50)
    }

    var replay: String { "IMPULS_SOAK_SEED=\(seed) IMPULS_SOAK_CLONES=\(people.count) IMPULS_SOAK_ACTIONS=\(actionCount)" }

    // MARK: Running

    func run() -> SoakFigures {
        defer { killOrphans() }
        guard setUp() else {
            report()
            return figures
        }
        for action in 1...actionCount {
            figures.actions += 1
            step(action)
        }
        for person in people { waitForOrphans(person) }
        settle()
        verify()
        report()
        return figures
    }

    /// The remote (plain `git init --bare`, or `-b main`), the first clone `sync --init --remote`
    /// (with a dossier or empty), the others `sync --clone`.
    func setUp() -> Bool {
        try? FileManager.default.createDirectory(atPath: wrap, withIntermediateDirectories: true)
        // git with the merge driver's command changed to sleep first (for kills during a merge).
        let script = """
        #!/bin/sh
        for a do
          shift
          case $a in
            merge.impuls.driver=*) a="merge.impuls.driver=sleep ${IMPULS_SOAK_DRIVER_DELAY:-0.3}; ${a#merge.impuls.driver=}" ;;
          esac
          set -- "$@" "$a"
        done
        exec '\(SyncTools.git!)' "$@"
        """
        try? writeScript(script, to: wrap + "/git")

        let plain = random.chance(50)
        let initArgs = plain ? ["init", "--quiet", "--bare", team.remote] : ["init", "--quiet", "--bare", "-b", "main", team.remote]
        let made = team.run([SyncTools.git!] + initArgs)
        log.append("setup: git \(initArgs.dropLast().joined(separator: " ")) → \(made.status)")
        guard made.status == 0 else { return fail("setup: git init --bare failed: \(made.err)") }
        let first = people[0]
        if random.chance(60) {
            let token = "t\(seed)-0-\(first)"
            let code = random.pick(SyncSoak.codes)
            let added = team.impuls(first, at: "00:00", ["session", "add", code, "--summary", token], extra: now(0, first))
            if added.status == 0 { record(token, .session, first, code, 0, "before sync --init") }
            log.append("setup: \(first) session add \(code) \(token) → \(added.status)")
        }
        let initialized = team.impuls(first, at: "00:00", ["sync", "--init", "--remote", team.remote], extra: now(0, first, plus: 1))
        log.append("setup: \(first) sync --init --remote → \(initialized.status)")
        guard initialized.status == 0 else {
            return fail("setup: \(first)'s sync --init --remote (remote made with plain=\(plain)) exited \(initialized.status): \(initialized.out)\(initialized.errHead)")
        }
        for person in people.dropFirst() {
            let cloned = team.impuls(person, at: "00:00", ["sync", "--clone", team.remote], extra: now(0, person, plus: 2))
            log.append("setup: \(person) sync --clone → \(cloned.status)")
            guard cloned.status == 0 else {
                return fail("setup: \(person)'s sync --clone exited \(cloned.status): \(cloned.out)\(cloned.errHead)")
            }
        }
        return true
    }

    /// One random action on a random clone. The seed's generator gives each action exactly three
    /// numbers (the clone, the kind, and a generator for the action's own choices), so the actions
    /// stay the same whatever the kills did to the folders.
    func step(_ action: Int) {
        let person = random.pick(people)
        let roll = random.int(100)
        let main = random
        random = SoakRandom(seed: main.peek())
        defer {
            random = main
            _ = random.next()
        }
        switch roll {
        case 0..<38: addSession(person, action, code: pickCode(for: person))
        case 38..<44: newApplication(person, action)
        case 44..<52: advanceApplication(person, action)
        case 52..<76: sync(person, action)
        case 76..<94: killedSync(person, action)
        case 94..<97: erase(person, action)
        default:
            if damaging, damages.count < 2 { damage(person, action) } else { sync(person, action) }
        }
    }

    /// `privacy erase` of a person this clone's dossiers name (at most one per run); else a sync.
    func erase(_ person: String, _ action: Int) {
        let here = SyncSoak.codes.map { team.text(person, $0) }.joined()
        guard erased.isEmpty, let name = SyncSoak.persons.first(where: { here.contains($0) }) else { return sync(person, action) }
        let outcome = team.impuls(person, at: "00:00", ["privacy", "erase", name, "--yes"], extra: now(action, person))
        log.append("#\(action) \(person): privacy erase \(name) → \(outcome.status)")
        if outcome.status == 0 { erased.append(name) } else { problem("\(person): privacy erase \(name) exited \(outcome.status): \(outcome.out)\(outcome.errHead)") }
    }

    /// Mostly a dossier a colleague changed last (so merges touch it), else any.
    func pickCode(for person: String) -> String {
        if random.chance(50), let other = acknowledged.last(where: { $0.clone != person }) { return other.code }
        return random.pick(SyncSoak.codes)
    }

    @discardableResult
    func addSession(_ person: String, _ action: Int, code: String, plus: Int = 0, context: String = "") -> Int32 {
        let token = "t\(seed)-\(action)-\(person)"
        // Now and then the session names a person (never one erased already: that would be new data).
        let named = SyncSoak.persons.filter { !erased.contains($0) }
        let summary = random.chance(25) && !named.isEmpty ? token + " met " + random.pick(named) : token
        let outcome = team.impuls(person, at: "00:00", ["session", "add", code, "--summary", summary], extra: now(action, person, plus: plus))
        write(outcome, token, .session, person, code, action, context.isEmpty ? "session add" : context, "session add \(code)")
        return outcome.status
    }

    /// Applications are each municipality's owner's (one clone per municipality): `check` rightly
    /// refuses two open or two granted applications in one municipality, and two laptops starting
    /// or granting one at once would make exactly that (by design, not a loss).
    func owner(of code: String) -> String { people[SyncSoak.codes.firstIndex(of: code)! % people.count] }

    func newApplication(_ person: String, _ action: Int) {
        let owned = SyncSoak.codes.filter { owner(of: $0) == person }
        guard !owned.isEmpty else {
            addSession(person, action, code: pickCode(for: person))
            return
        }
        let code = random.pick(owned)
        let token = "t\(seed)-\(action)-\(person)"
        let outcome = team.impuls(person, at: "00:00", ["application", "new", code, "--title", token, "--amount", "5000",
                                                       "--start", "2023-09-01", "--end", "2023-12-31", "--action-line", "wijkteams"],
                                  extra: now(action, person))
        write(outcome, token, .application, person, code, action, "application new", "application new \(code)")
    }

    /// The next step of the open application in one of the clone's own municipalities.
    func advanceApplication(_ person: String, _ action: Int) {
        let owned = SyncSoak.codes.filter { owner(of: $0) == person }
        guard !owned.isEmpty else {
            addSession(person, action, code: pickCode(for: person))
            return
        }
        let code = random.pick(owned)
        let applications = team.dossier(person, code)["applications"] as? [[String: Any]] ?? []
        guard let open = applications.last(where: { !["rejected", "withdrawn", "completed"].contains($0["status"] as? String ?? "") }),
              let status = open["status"] as? String else {
            newApplication(person, action)
            return
        }
        let choices: [[String]]
        switch status {
        case "draft": choices = [["submitted"], ["submitted"], ["withdrawn"]]
        case "submitted": choices = [["approved", "--granted", "4000"], ["approved", "--granted", "4000"], ["rejected"]]
        case "approved": choices = [["running"]]
        case "running": choices = [["completed", "--date", "2023-10-16", "--outcome", "klaar"]]
        default: choices = [["submitted"]]
        }
        let to = random.pick(choices)
        let token = "t\(seed)-\(action)-\(person)"
        let outcome = team.impuls(person, at: "00:00", ["application", "advance", code, "--to"] + to + ["--note", token], extra: now(action, person))
        write(outcome, token, .step, person, code, action, "application advance --to \(to[0])", "application advance \(code) --to \(to[0])")
    }

    func sync(_ person: String, _ action: Int) {
        let outcome = team.impuls(person, at: "00:00", ["sync"], extra: now(action, person))
        figures.syncs += 1
        if outcome.status != 0 { figures.syncsFailed += 1 }
        log.append("#\(action) \(person) sync → \(outcome.status)\(outcome.status == 0 ? "" : ": " + firstLine(outcome.err))")
    }

    /// `impuls sync` killed with SIGKILL after 0–300 ms — the impuls process alone, not the git it
    /// started; sometimes with a merge driver that sleeps first, sometimes followed at once by a save.
    func killedSync(_ person: String, _ action: Int) {
        let slow = random.chance(40)
        let delay = random.int(301)
        let saveAfter = random.chance(60)
        let saveCode = pickCode(for: person)
        var extra = now(action, person)
        if slow {
            extra["PATH"] = wrap + ":/usr/bin:/bin"
            extra["IMPULS_SOAK_DRIVER_DELAY"] = "0.\(2 + random.int(4))"
        }
        figures.kills += 1
        if slow { figures.killsWithSlowDriver += 1 }
        let argv = [Binary.path, "sync", "--config", team.config(person), "--data-dir", team.folder(person)]
        guard let child = try? BoundedChild(argv, environment: team.environment(at: "00:00", extra: extra), timeout: 30) else {
            problem("#\(action) could not start \(person)'s sync")
            return
        }
        usleep(useconds_t(delay * 1000))
        kill(child.pid, SIGKILL)
        let outcome = child.wait()
        if outcome.timedOut { problem("#\(action) \(person)'s sync to be killed hung for 30 s") }
        let landed = outcome.status == 128 + SIGKILL
        if landed { figures.killsLanded += 1 }
        let gitRunning = SyncSoak.groupAlive(child.pid)
        if gitRunning { orphans[person, default: []].append(child.pid) }
        log.append("#\(action) \(person) sync killed after \(delay) ms\(slow ? " (slow driver)" : "") → \(landed ? "killed" : "finished \(outcome.status)")"
                   + (gitRunning ? ", its git still running" : ""))
        if saveAfter {
            figures.savesAfterKill += 1
            addSession(person, action, code: saveCode, plus: 1,
                       context: "session add right after a sync killed after \(delay) ms\(slow ? " with a slow driver" : "")\(landed ? "" : " (it had finished)")")
        }
    }

    /// A dossier the clone has committed, deleted, emptied or overwritten with garbage by hand.
    func damage(_ person: String, _ action: Int) {
        waitForOrphans(person)
        let committed = SyncSoak.codes.filter { team.git(person, "cat-file", "-e", "HEAD:dossiers/\($0).json").status == 0 }
        guard !committed.isEmpty else {
            sync(person, action)
            return
        }
        let code = random.pick(committed)
        let kind = random.pick(["deleted", "emptied", "garbage"])
        // Only what is in the file now and in no commit is destroyed by hand; an acknowledged change
        // already missing from the file was lost before, and stays required.
        let onDisk = team.text(person, code)
        let head = team.git(person, "show", "HEAD:dossiers/\(code).json").out
        let remote = team.run([SyncTools.git!, "--git-dir", team.remote, "show", "main:dossiers/\(code).json"])
        let shared = remote.status == 0 ? remote.out : ""
        // A session's summary is its token, or the token and a person it names ("t1-3-anna met Ilse Kok").
        func holds(_ text: String, _ token: String) -> Bool { text.contains("\"\(token)\"") || text.contains("\"\(token) met ") }
        let destroyed = Set(acknowledged.filter { $0.code == code }.map(\.token).filter {
            holds(onDisk, $0) && !holds(head, $0) && !holds(shared, $0)
        })
        let path = team.file(person, code)
        switch kind {
        case "deleted": try? FileManager.default.removeItem(atPath: path)
        case "emptied": try? Data().write(to: URL(fileURLWithPath: path))
        default: try? Data("{\"format\": 2, \"code\": \"\(code)\", garbage by hand\n".utf8).write(to: URL(fileURLWithPath: path))
        }
        let heldBy = Set(people.filter { team.git($0, "cat-file", "-e", "HEAD:dossiers/\(code).json").status == 0 })
        damages.append(Damage(clone: person, code: code, kind: kind, action: action, destroyed: destroyed, heldBy: heldBy, onRemote: remote.status == 0))
        figures.damages += 1
        log.append("#\(action) \(person) dossier \(code) \(kind) by hand" + (destroyed.isEmpty ? "" : " (destroying uncommitted \(destroyed.sorted()))"))
    }

    func write(_ outcome: Outcome, _ token: String, _ kind: Acknowledged.Kind, _ person: String, _ code: String, _ action: Int,
               _ context: String, _ what: String) {
        if outcome.status == 0 {
            record(token, kind, person, code, action, context)
        } else {
            figures.writesRefused += 1
        }
        log.append("#\(action) \(person) \(what) '\(token)' → \(outcome.status)\(outcome.status == 0 ? "" : ": " + firstLine(outcome.err))")
    }

    func record(_ token: String, _ kind: Acknowledged.Kind, _ person: String, _ code: String, _ action: Int, _ context: String) {
        acknowledged.append(Acknowledged(token: token, kind: kind, clone: person, code: code, action: action, context: context))
        figures.writesAcknowledged += 1
    }

    // MARK: Settling

    /// Every clone syncs in turn until a whole round changes nothing (all exit 0, no HEAD moves,
    /// all at the team's commit); at most 8 rounds. A clone whose sync still fails then is stuck.
    func settle() {
        var lastFailure: [String: Outcome] = [:]
        var failedRounds: [String: Int] = [:]
        for round in 1...8 {
            figures.settleRounds = round
            let before = people.map(head)
            var allGood = true
            for (index, person) in people.enumerated() {
                let outcome = team.impuls(person, at: "00:00", ["sync"], extra: now(actionCount + round, person, plus: index))
                figures.syncs += 1
                if outcome.status != 0 {
                    figures.syncsFailed += 1
                    allGood = false
                    lastFailure[person] = outcome
                    failedRounds[person, default: 0] += 1
                    log.append("settle \(round): \(person) sync → \(outcome.status): \(firstLine(outcome.err))")
                } else {
                    lastFailure[person] = nil
                }
            }
            let after = people.map(head)
            let remote = team.run([SyncTools.git!, "--git-dir", team.remote, "rev-parse", "main"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
            if allGood, before == after, Set(after).count == 1, after.first == remote { return }
        }
        for person in people where lastFailure[person] != nil {
            let outcome = lastFailure[person]!
            figures.stuck += 1
            problem("stuck: \(person)'s sync still fails after 8 rounds of settling (failed in \(failedRounds[person] ?? 0)): exit \(outcome.status): "
                    + "\(outcome.out)\(outcome.errHead)")
        }
        if lastFailure.isEmpty {
            problem("not settled: every sync succeeds but after 8 rounds the clones are still not at one commit: "
                    + people.map { "\($0) \(head($0).prefix(8))" }.joined(separator: ", "))
        }
    }

    func head(_ person: String) -> String { team.git(person, "rev-parse", "HEAD").out.trimmingCharacters(in: .whitespacesAndNewlines) }

    // MARK: Checking

    func verify() {
        // Clean folders and a content `check`.
        for person in people {
            let status = team.git(person, "status", "--porcelain")
            if status.status != 0 || !status.out.isEmpty { problem("\(person): git status is not clean: \(status.out)\(status.err)") }
            for leftover in ["MERGE_HEAD", "index.lock", "rebase-merge", "rebase-apply"]
            where FileManager.default.fileExists(atPath: team.folder(person) + "/.git/" + leftover) {
                problem("\(person): .git/\(leftover) left behind")
            }
            let check = team.impuls(person, at: "00:00", ["check"], extra: now(actionCount + 20, person))
            if check.status != 0 { problem("\(person): impuls check exits \(check.status): \(SyncSoak.problemsOnly(check.err))") }
        }
        // One tree, one set of bytes.
        let trees = people.map { team.git($0, "rev-parse", "HEAD^{tree}").out.trimmingCharacters(in: .whitespacesAndNewlines) }
        if Set(trees).count != 1 { problem("the clones' commits hold different trees: " + zip(people, trees).map { "\($0) \($1.prefix(8))" }.joined(separator: ", ")) }
        var files = Set<String>()
        for person in people {
            files.formUnion(((try? FileManager.default.contentsOfDirectory(atPath: team.folder(person) + "/dossiers")) ?? []).filter { $0.hasSuffix(".json") })
            files.formUnion(team.git(person, "ls-tree", "--name-only", "HEAD", "dossiers/").out.split(separator: "\n").map { String($0.split(separator: "/").last ?? "") })
        }
        for file in files.sorted() {
            let contents = people.map { FileManager.default.contents(atPath: team.folder($0) + "/dossiers/" + file) }
            if !contents.allSatisfy({ $0 == contents[0] }) {
                problem("dossiers/\(file) differs on disk: " + zip(people, contents).map { "\($0) \($1.map { "\($0.count) bytes" } ?? "missing")" }.joined(separator: ", "))
            }
        }
        // An erased person: in no dossier, and in no commit of any clone or of the team repository.
        for name in erased {
            let needle = name.lowercased()
            for person in people {
                if SyncSoak.codes.contains(where: { team.text(person, $0).lowercased().contains(needle) }) { problem("\(person): a dossier still names \(name), erased") }
                if team.git(person, "log", "--all", "-p").out.lowercased().contains(needle) { problem("\(person): git history still names \(name), erased") }
            }
            if team.run([SyncTools.git!, "--git-dir", team.remote, "log", "--all", "-p"]).out.lowercased().contains(needle) {
                problem("the team repository's history still names \(name), erased")
            }
        }
        // Hand damage: repaired where it was made, spread nowhere.
        for damage in damages {
            for person in people {
                let data = FileManager.default.contents(atPath: team.file(person, damage.code))
                guard !SyncSoak.loads(data) else { continue }
                let state = data == nil ? "missing" : data!.isEmpty ? "empty" : "not JSON"
                // Missing on a clone that never had it (say, one stuck since) is not this damage's doing.
                if data == nil, person != damage.clone, !damage.heldBy.contains(person) { continue }
                if person == damage.clone {
                    problem("hand damage not repaired: \(damage.code) \(damage.kind) on \(person) at #\(damage.action) is still \(state) after settling")
                } else {
                    figures.spread += 1
                    problem("hand damage spread: \(damage.code) \(damage.kind) on \(damage.clone) at #\(damage.action) — on \(person) it is \(state)")
                }
            }
            let remote = team.run([SyncTools.git!, "--git-dir", team.remote, "show", "main:dossiers/\(damage.code).json"])
            if remote.status != 0 ? damage.onRemote : !SyncSoak.loads(Data(remote.out.utf8)) {
                figures.spread += 1
                problem("hand damage spread: \(damage.code) \(damage.kind) on \(damage.clone) at #\(damage.action) reached the team repository (\(remote.status != 0 ? "missing" : "not JSON"))")
            }
        }
        // Every acknowledged change, in every clone: lost (gone from the clone that made it, or
        // from all), or not delivered (still where it was made, missing elsewhere: e.g. a stuck clone).
        let destroyed = damages.reduce(into: Set<String>()) { $0.formUnion($1.destroyed) }
        var lost: [String] = []
        var undelivered: [String] = []
        for change in acknowledged where !destroyed.contains(change.token) {
            let missing = people.filter { !contains($0, change) }
            guard !missing.isEmpty else { continue }
            let damaged = damages.filter { $0.code == change.code }.map { "\($0.kind) by hand on \($0.clone) at #\($0.action)" }
            let line = "\(change.kind.rawValue) '\(change.token)' (acknowledged on \(change.clone) in \(change.code) at #\(change.action), \(change.context)) "
                + "missing on \(missing.count == people.count ? "every clone" : missing.joined(separator: ", "))"
                + (damaged.isEmpty ? "" : "; that dossier was " + damaged.joined(separator: ", "))
            if missing.contains(change.clone) {
                figures.losses += 1
                lost.append(line)
            } else {
                figures.undelivered += 1
                undelivered.append(line)
            }
        }
        if !lost.isEmpty { problem("lost \(lost.count) acknowledged change(s):\n  " + SyncSoak.some(lost)) }
        if !undelivered.isEmpty {
            problem("not delivered: \(undelivered.count) acknowledged change(s) kept where they were made but missing on other clones"
                    + (figures.stuck > 0 ? " (\(figures.stuck) clone(s) stuck)" : "") + ":\n  " + SyncSoak.some(undelivered))
        }
    }

    func contains(_ person: String, _ change: Acknowledged) -> Bool {
        let dossier = team.dossier(person, change.code)
        switch change.kind {
        case .session:
            return (dossier["sessions"] as? [[String: Any]] ?? []).contains { session in
                guard let summary = session["summary"] as? String else { return false }
                return summary == change.token || summary.hasPrefix(change.token + " met ")
            }
        case .application: return (dossier["applications"] as? [[String: Any]] ?? []).contains { $0["title"] as? String == change.token }
        case .step: return team.text(person, change.code).contains("\"\(change.token)\"")
        }
    }

    /// The first eight lines, and how many more.
    static func some(_ lines: [String]) -> String {
        (lines.prefix(8) + (lines.count > 8 ? ["… and \(lines.count - 8) more"] : [])).joined(separator: "\n  ")
    }

    /// `check`'s problems without the open notices it lists first (they end in their id, [0123abcd…]).
    static func problemsOnly(_ text: String) -> String {
        text.split(separator: "\n").filter { line in
            guard line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return true }
            let id = line[line.index(after: open)..<line.index(before: line.endIndex)]
            return !(id.count == 16 && id.allSatisfy(\.isHexDigit))
        }.prefix(10).joined(separator: "\n")
    }

    static func loads(_ data: Data?) -> Bool {
        guard let data, !data.isEmpty else { return false }
        return (try? JSONSerialization.jsonObject(with: data)) is [String: Any]
    }

    // MARK: Helpers

    /// `IMPULS_NOW` for an action: 08:00 plus 20 s an action, plus the clone's skew.
    func now(_ action: Int, _ person: String, plus: Int = 0) -> [String: String] {
        let seconds = min(23 * 3600 + 59 * 60, 8 * 3600 + action * 20 + plus + (skew[person] ?? 0))
        return ["IMPULS_NOW": String(format: "2023-10-16T%02d:%02d:%02d.000Z", seconds / 3600, seconds / 60 % 60, seconds % 60)]
    }

    /// Waits (at most 20 s) for the git a killed sync of this clone left running.
    func waitForOrphans(_ person: String) {
        for group in orphans[person] ?? [] {
            var waited = 0
            while SyncSoak.groupAlive(group), waited < 2000 {
                usleep(10_000)
                waited += 1
            }
            if SyncSoak.groupAlive(group) {
                kill(-group, SIGKILL)
                problem("\(person): the git of a killed sync was still running 20 s later (killed)")
            }
        }
        orphans[person] = []
    }

    /// Does a process of this group still run (a zombie no init has reaped yet does not count)?
    static func groupAlive(_ group: pid_t) -> Bool {
        guard kill(-group, 0) == 0 else { return false }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where name.allSatisfy(\.isNumber) {
            guard let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After "pid (comm)": state, ppid, pgrp, …
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 2, fields[2] == "\(group)", fields[0] != "Z" { return true }
        }
        return false
    }

    func killOrphans() {
        for group in orphans.values.joined() where SyncSoak.groupAlive(group) { kill(-group, SIGKILL) }
        orphans = [:]
    }

    func problem(_ text: String) {
        problems.append(text)
    }

    func fail(_ text: String) -> Bool {
        problem(text)
        return false
    }

    func firstLine(_ text: String) -> String { String(text.split(separator: "\n").first ?? "") }

    /// The seed's problems as issues (each naming the seed and how to replay it), and its action log.
    func report() {
        let kinds = ["stuck", "lost", "not delivered", "hand damage spread"]
        figures.otherProblems = problems.filter { p in !kinds.contains { p.hasPrefix($0) } }.count
        if problems.isEmpty, printLog { print("sync soak seed \(seed), action log:\n  " + log.joined(separator: "\n  ")) }
        guard !problems.isEmpty else { return }
        for text in problems {
            Issue.record("sync soak seed \(seed) (replay: \(replay)): \(text)")
        }
        print("sync soak seed \(seed), action log:\n  " + log.joined(separator: "\n  "))
        if keep {
            let copy = "/tmp/impuls-soak-\(seed)"
            try? FileManager.default.removeItem(atPath: copy)
            try? FileManager.default.copyItem(atPath: team.root, toPath: copy)
            print("sync soak seed \(seed): folders kept in \(copy)")
        }
    }
}
