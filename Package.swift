// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "impuls",
    // Built and tested on Linux (Debian 12, x86_64) only: no other platform is claimed.
    products: [
        .executable(name: "impuls", targets: ["impuls"]),
        .executable(name: "impuls-bench", targets: ["impuls-bench"]),
        .executable(name: "impuls-fuzz", targets: ["impuls-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    // Each target lists every module of this package it imports (none reached only through another).
    targets: [
        // The only C: ncursesw (libncursesw5-dev) through shim.h, and shim.c for what must exist
        // once in the program (the termination-signal flag and its handler).
        .target(name: "CNcursesw", publicHeadersPath: ".", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "ImpulsCore"),
        .target(name: "ImpulsStore", dependencies: ["ImpulsCore"]),
        // Every text shown to users, in Dutch and English: the one module that words the domain.
        .target(name: "ImpulsText", dependencies: ["ImpulsCore"]),
        // `impuls report`'s HTML page.
        .target(name: "ImpulsReport", dependencies: ["ImpulsCore", "ImpulsText"]),
        .target(name: "ImpulsUI", dependencies: ["ImpulsCore", "ImpulsText"]),
        // The interface's effects carried out: saves through the store, the folder followed, a sync beside the work.
        .target(name: "ImpulsApp", dependencies: ["ImpulsCore", "ImpulsStore", "ImpulsUI"]),
        .target(name: "ImpulsTerminal", dependencies: ["ImpulsCore", "ImpulsText", "ImpulsUI", "CNcursesw"]),
        .executableTarget(
            name: "impuls",
            dependencies: [
                "ImpulsCore", "ImpulsStore", "ImpulsText", "ImpulsReport", "ImpulsUI", "ImpulsApp", "ImpulsTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["VersionStamp"]
        ),
        // Writes BuildInfo.swift (version and commit) before every build of impuls: tools/version.sh.
        .plugin(name: "VersionStamp", capability: .buildTool()),
        .executableTarget(name: "impuls-bench", dependencies: ["ImpulsCore", "ImpulsStore", "ImpulsUI"], path: "Sources/ImpulsBench"),
        // The dossier loader's fuzz target: a replayer of files in a normal build, a libFuzzer
        // entry point when built with `-sanitize=fuzzer` and `-D IMPULS_FUZZ` (see `make fuzz`).
        .executableTarget(name: "impuls-fuzz", dependencies: ["ImpulsCore", "ImpulsStore"], path: "Sources/ImpulsFuzz"),
        // Cases several test targets share (dates, a draft, the status report's hand-counted caseload).
        .target(name: "ImpulsTestSupport", dependencies: ["ImpulsCore"], path: "Tests/Shared"),
        .testTarget(name: "ImpulsCoreTests", dependencies: ["ImpulsCore", "ImpulsText", "ImpulsTestSupport"]),
        .testTarget(name: "ImpulsTextTests", dependencies: ["ImpulsCore", "ImpulsText", "ImpulsTestSupport"]),
        .testTarget(name: "ImpulsReportTests", dependencies: ["ImpulsCore", "ImpulsText", "ImpulsReport", "ImpulsTestSupport"]),
        .testTarget(name: "ImpulsStoreTests", dependencies: ["ImpulsCore", "ImpulsStore", "ImpulsText"], exclude: ["Fixtures"]),
        .testTarget(name: "ImpulsUITests", dependencies: ["ImpulsCore", "ImpulsText", "ImpulsUI"], exclude: ["Golden"]),
        .testTarget(name: "ImpulsTerminalTests", dependencies: ["ImpulsCore", "ImpulsUI", "ImpulsTerminal"]),
        // The run loop driven by a scripted terminal: keys, folder changes and a background sync.
        .testTarget(name: "ImpulsLoopTests", dependencies: ["ImpulsCore", "ImpulsStore", "ImpulsText", "ImpulsUI", "ImpulsApp", "ImpulsTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["impuls", "impuls-fuzz", "ImpulsTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
