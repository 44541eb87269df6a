import ImpulsCore
import ImpulsTestSupport
@testable import ImpulsText

/// Values to say every entry of the catalog with: each typed value the catalog words (every case
/// of `Reason`, `DataProblem`, … — `CatalogTests` checks that none is missing), and plain values
/// that take each branch (one and more, with and without).
enum Samples {
    static let strings = ["Ameland"]
    static let ints = [1, 2, 0]
    static let lists = [["Ameland", "Texel"], []]
    static let bools = [true, false]
    static let optionalStrings: [String?] = ["Texel", nil]
    static let amounts = [Cents(950_050)]
    static let optionalAmounts: [Cents?] = [Cents(950_000), nil]
    static let days = [today]
    static let recordWords = RecordWord.allCases
    static let files = ["/data/dossiers/GM0060.json", "config.json"]
    /// An agenda item's text: a follow-up, a project's title.
    static let agendaTexts = ["Begroting opvragen", "Buurtteams versterken"]
    static let jsonKinds = ["null", "boolean", "number", "string", "array", "object"]
    static let levels: [DoctorLine.Level] = DoctorLine.Level.allCases

    static let fileIssues = [FileIssue(file: "config.json", line: 3, column: 11, keyPath: "theme", problem: .missing),
                             FileIssue(file: "/data/dossiers/GM0060.json", problem: .notFound)]

    static let notices: [Notice] = Notice.Kind.allCases.flatMap { kind in
        [false, true].map { blocking in
            Notice(id: "n1", at: Timestamp(day: today), kind: kind, subject: .application("a1"), field: .application(.title),
                   kept: "Training", lost: "Cursus", by: blocking ? "Bram" : nil, blocking: blocking)
        }
    } + TeamCopyProblem.allCases.map { Notice.teamCopyKept(path: "dossiers/GM0080.json", problem: $0, commit: "9c9a308", by: "Bram", at: Timestamp(day: today)) }

    static let storeErrors: [StoreError] = [
        .conflict(file: files[0]), .unreadable(fileIssues[1]), .tooLarge(file: files[0], bytes: 2_000_000, limit: 1_048_576),
        .io(fileIssues[0]), .wouldNotReadBack(file: files[0]), .readOnly, .folder(fileIssues[1]),
    ]

    static let expectations: [DataProblem.Expectation] = [
        .string, .integer, .boolean, .array, .object, .nonEmptyText, .date, .positiveAmount, .nonNegativeAmount,
        .positiveWholeNumber, .municipalityCode, .knownMunicipalityCode, .oneOf(["light", "dark"]), .knownRegion(["Noord"]),
        .knownProvince, .knownSafetyRegion, .oneSelector, .knownActionLine(["privacy"]), .dateAfter("2023-10-16"),
        .wholeNumber(in: 1...600), .uniqueID, .timestamp, .emptyFolder,
    ]

    static let problems: [DataProblem] = [
        .unexpectedEnd, .unexpectedCharacter("z"), .unexpectedCharacter("\n"), .invalidEscape, .invalidNumber, .invalidUTF8,
        .duplicateKey("theme"), .duplicateKey("a\nb"),
        .trailingText, .tooDeep, .tooManyValues(limit: 100_000), .empty, .wrongType(expected: .string, found: "number"),
        .missing, .unknownKey, .invalid(expected: .date, found: "gisteren"), .unreadable("Input/output error"),
        .notADataFolder("/data"), .systemFolder("/etc"), .foreignFolder("notes.txt"), .notRegularFile, .isFolder, .folderNotFound, .strayFile, .systemCall("fsync", "Input/output error"), .permissionDenied, .notFound,
        .interruptedImport, .tooLarge(bytes: 2_000_000, limit: 1_048_576), .codeMismatch(fileCode: "GM0060", contentCode: "GM1900"),
        .futureVersion(found: 9, supported: 2), .brokenRule(.emptyTitle),
    ]

    static let reasons: [Reason] = {
        let (start, end) = (day("2023-11-01"), day("2024-01-31"))
        let cases: [Reason] = [
            .amountNotPositive(field: .requested), .amountNotPositive(field: .granted),
            .amountAboveMaximum(field: .requested, amount: Cents(2_000_000), maximum: Cents(1_000_000)), .grantedMissing,
            .grantedAboveRequested(granted: Cents(2_000_000), requested: Cents(1_000_000)), .endNotAfterStart(start: end, end: start),
            .projectTooLong(start: start, end: end, months: 12, latestEnd: end), .beforeOpening(date: start, opening: end),
            .afterClosing(date: end, closing: start), .noActionLine, .unknownActionLine("x"), .endDateRequired,
            .stepInFuture(date: end, today: today), .stepBeforePrevious(date: start, previous: end), .emptyTitle, .emptySummary,
            .emptyText, .minutesNotPositive, .noOpenApplication, .formerMunicipality(name: "Weesp", successor: "Amsterdam"), .nothingToUndo,
            .applicationsAreWithdrawn, .cannotUndo, .recordNotFound, .unlikelyEmail("anne@"), .unlikelyPhone("abc"),
            .periodBeforeOpening(start: start, opening: end), .periodAfterClosing(end: end, closing: start),
            .sessionInFuture(date: end, today: today), .stepBeforePlannedStart(.completed, date: start, plannedStart: end),
            .stepBeforePlannedStart(.running, date: start, plannedStart: end), .stepAfterPlannedEnd(.completed, date: end, plannedEnd: start),
            .stepAfterPlannedEnd(.running, date: end, plannedEnd: start), .nothingToRedo, .undoWouldRemoveApplication(title: "Training"),
            .blockedByNotice, .blockedByTwoOpen, .applicationNotFound("plan", among: applications), .applicationNotFound("plan", among: []),
            .applicationAmbiguous("w", among: applications), .applicationNotChosen(.withdrawn, among: applications), .invalidDate("gisteren"), .invalidAmount("veel"), .invalidNumber("x"), .invalidValue("misschien"), .invalidFollowUp("bellen"),
        ]
        return cases + ApplicationStatus.allCases.flatMap { status -> [Reason] in
            [.anotherGranted(title: "Training", status: status), .openApplicationExists(title: "Training", status: status),
             .noteRequired(status), .editOnlyDraft(status), .stepNotAllowed(from: status, to: .draft)]
        } + laterChanges.map { .builtOnLater($0) }
    }()

    /// Two applications to choose from: one approved, one a draft.
    static let applications: [Application] = {
        var granted = draft(id: "3f2a9c1d00000000")
        (granted.title, granted.status, granted.granted) = ("Buurtteams versterken", .approved, Cents(euros: 9_000))
        var second = draft(id: "7b7b7b7b7b7b7b7b")
        second.title = "Wijkgericht werken"
        return [granted, second]
    }()

    /// Anne submits, Bob approves: his approval, as it refuses her undo or redo (by another name or hers).
    static let laterChanges: [LaterChange] = {
        let bob = ChangeContext(rules: .scheme, today: today, actor: "Bob", laptop: "2222222222222222", seed: 2)
        var d = try! Dossier(code: fryslan).addingApplication(draft(), context: context)
        d = try! d.advancingApplication(to: .submitted, input: StepInput(), context: context)
        d = try! d.advancingApplication(to: .approved, input: StepInput(granted: Cents(euros: 9_000)), context: bob)
        return [(false, false), (true, true)].map { LaterChange(change: d.changes.last!, dossier: d, redo: $0, sameName: $1) }
    }()

    static let doctorLines: [DoctorLine] = [
        .version("1.0", binary: "/usr/bin/impuls"), .termUnset, .terminfoMissing(term: "foo"), .notCursorAddressable(term: "dumb"),
        .terminalUsable(term: "xterm"), .size(columns: 80, rows: 24), .sizeNarrow(columns: 60, rows: 20),
        .sizeTooSmall(columns: 30, rows: 10), .sizeUnknown, .localeUTF8(name: "C.UTF-8", codeset: "UTF-8"),
        .localeNotUTF8(name: "C", codeset: "ANSI_X3.4-1968"), .localeMissing(name: "nl_NL.UTF-8"), .colours(256), .coloursOff,
        .noColours(term: "vt100"), .configDefaults(lookedAt: "~/.config/impuls/config.json", sample: "config.sample.json"),
        .configDefaults(lookedAt: nil, sample: nil), .configValid(file: "config.json", language: .nl),
        .configBroken("config.json: unknown key", sample: "config.sample.json"), .configBroken("x", sample: nil), .adviserUnset,
        .dataFolderNotChecked, .dataFolderUnknown("x"), .dataFolderMissing(path: "/data"), .dataFolderAbsent(path: "/data"),
        .dataFolderCannotBeMade(path: "/data", blocker: "/"), .dataFolderNotAFolder(path: "/data"), .dataFolderUnusable("x"),
        .dataFolderFound(path: "/data", dossiers: 3, folderVersion: 1, older: 0), .dataFolderFound(path: "/data", dossiers: 1, folderVersion: 1, older: 2),
        .dataFolderReadOnlyUse(path: "/data", dossiers: 3), .dataFolderNotWritable(path: "/data"), .lockFree,
        .lockHeld(file: "/data/.lock"), .branchNotFollowing(folder: "/data"), .filesNotPrivate(folder: "/data", count: 3, first: ".git/objects"), .filesReadable(1), .filesReadable(3), .filesUnreadable(count: 3, first: ["a.json", "b.json"]),
        .gitMissing(shared: true), .gitMissing(shared: false), .gitFound("git version 2.39"), .notShared, .noRemote(folder: "/data"),
        .remoteReachable("git@host:team"), .remoteUnreachable("git@host:team", detail: "timeout"),
        .remoteTimedOut("git@host:team", seconds: 10), .pastRetention(count: 2, months: 24, before: "2021-10-16"),
        .noRetention(evaluated: "2024-12-31"), .serverReflogs, .driverMissing(folder: "/data"), .driverStale(command: "/old/impuls"),
        .driverRegistered, .today("2023-10-16", fromEnvironment: true), .today("2023-10-16", fromEnvironment: false),
        .todayInvalid("gisteren"), .allWell, .problems(1), .problems(2),
    ]
}
