import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Installing impuls like a real tool (#19): the tree `tools/stage.sh` lays out and `install.sh`
/// copies under a prefix, run from there with a PATH that holds no Swift toolchain; its man page,
/// its bash completion. On the debug binary: the release build (make install, make deb) takes
/// minutes and is checked by `make check-package`.
@Suite struct InstallEndToEndTests {
    static let root = Binary.packageRoot.path
    /// swift-argument-parser's generate-manual, which `make test` builds next to the tests.
    static let generator = root + "/.build/debug/generate-manual"
    static var generatorBuilt: Bool { access(generator, X_OK) == 0 }
    static let version = ((try? String(contentsOfFile: root + "/VERSION", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)

    /// A fresh stage of the built binary and an empty prefix, both removed afterwards.
    struct Installation {
        let folder = temporaryFolder()
        var stage: String { folder + "/stage/impuls-" + InstallEndToEndTests.version }
        var prefix: String { folder + "/prefix" }
        var home: String { folder + "/home" }
        /// What install.sh printed.
        var said = ""

        init(sourceLocation: SourceLocation = #_sourceLocation) {
            try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            let staged = runBounded([InstallEndToEndTests.root + "/tools/stage.sh", Binary.path, stage],
                                    environment: ["PATH": "/usr/bin:/bin", "GENERATE_MANUAL": InstallEndToEndTests.generator], timeout: 60,
                                    sourceLocation: sourceLocation)
            #expect(staged.status == 0, "stage.sh: \(staged.err)", sourceLocation: sourceLocation)
            let installed = runBounded([stage + "/install.sh", "--prefix", prefix], environment: ["PATH": "/usr/bin:/bin", "HOME": home],
                                       timeout: 60, sourceLocation: sourceLocation)
            #expect(installed.status == 0, "install.sh: \(installed.err)", sourceLocation: sourceLocation)
            said = installed.out
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }

        /// No Swift toolchain on PATH: only the system's folders.
        var environment: [String: String] { pinnedEnvironment(home: home, extra: ["PATH": "/usr/bin:/bin"]) }
    }

    @Test(.enabled(if: InstallEndToEndTests.generatorBuilt, "needs .build/debug/generate-manual, which make test builds"))
    func installsUnderAPrefixRunsWithoutTheToolchainAndUninstalls() throws {
        let install = Installation()
        defer { install.remove() }
        let prefix = install.prefix
        let files = ["bin/impuls", "share/man/man1/impuls.1", "share/man/man1/impuls.doctor.1", "share/man/man1/impuls.session.add.1",
                     "share/bash-completion/completions/impuls", "share/zsh/site-functions/_impuls",
                     "share/fish/vendor_completions.d/impuls.fish", "share/doc/impuls/config.sample.json"]
        for file in files {
            #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file) is installed")
            #expect(install.said.contains(prefix + "/" + file) || file.hasPrefix("share/man/man1/impuls."), "install.sh says where \(file) went")
        }
        #expect(!FileManager.default.fileExists(atPath: prefix + "/share/man/man1/impuls.help.1"))

        // The installed binary, found on a PATH without the toolchain.
        var env = install.environment
        env["PATH"] = prefix + "/bin:/usr/bin:/bin"
        let version = runBounded(["/bin/sh", "-c", "command -v swift; impuls --version"], environment: env)
        #expect(version.status == 0)
        #expect(version.out.hasPrefix(InstallEndToEndTests.version + " (commit "), "impuls --version: \(version.out)")
        let listed = runBounded(["/bin/sh", "-c", "impuls municipalities --search sudwest"], environment: env)
        #expect(listed.status == 0)
        #expect(listed.out.contains("Súdwest-Fryslân"))
        // The sample config loads as it is, and doctor points to it.
        let sample = runBounded([prefix + "/bin/impuls", "regions", "--config", prefix + "/share/doc/impuls/config.sample.json"], environment: env)
        #expect(sample.status == 0, "\(sample.err)")
        let doctor = runBounded([prefix + "/bin/impuls", "doctor"], environment: env)
        #expect(doctor.out.contains(prefix + "/share/doc/impuls/config.sample.json"))

        // Uninstalling removes every file and the folders the install made; nothing else.
        let other = prefix + "/bin/other-tool"
        #expect(FileManager.default.createFile(atPath: other, contents: Data()))
        let removed = runBounded([install.stage + "/install.sh", "--uninstall", "--prefix", prefix], environment: ["PATH": "/usr/bin:/bin", "HOME": install.home])
        #expect(removed.status == 0)
        for file in files { #expect(!FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file) is removed") }
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(!FileManager.default.fileExists(atPath: prefix + "/share"), "the folders it made are gone")
    }

    @Test(.enabled(if: InstallEndToEndTests.generatorBuilt, "needs .build/debug/generate-manual, which make test builds"))
    func theManPagesHaveTheirSections() throws {
        let install = Installation()
        defer { install.remove() }
        let pages = install.prefix + "/share/man/man1"
        let main = try String(contentsOfFile: pages + "/impuls.1", encoding: .utf8)
        // mdoc, as generate-manual writes it: .Dd/.Dt/.Os head the page (man(7)'s .TH), .Sh the sections.
        #expect(main.contains(".Dt IMPULS 1"))
        #expect(main.contains(".Os impuls " + InstallEndToEndTests.version))
        for section in [".Sh NAME", ".Sh SYNOPSIS", ".Sh DESCRIPTION", ".Sh ENVIRONMENT", ".Sh FILES", ".Sh EXIT STATUS", ".Sh EXAMPLES", ".Sh \"SEE ALSO\""] {
            #expect(main.contains(section + "\n"), "impuls.1 has \(section)")
        }
        #expect(main.components(separatedBy: ".Sh DESCRIPTION").count == 2 && main.components(separatedBy: ".Sh \"EXIT STATUS\"").count == 1,
                "the generated description and exit status gave way to the hand-written ones")
        #expect(main.contains(".Xr impuls.doctor 1"))
        // English, as the man pages are, though help speaks the config's language (Dutch without one).
        #expect(main.contains("Case tracker for the regional advisers") && !main.contains("Dossiervolger"))
        let doctor = try String(contentsOfFile: pages + "/impuls.doctor.1", encoding: .utf8)
        #expect(doctor.contains("Seconds to wait for the team repository."), "\(doctor)")
        let pageNames = try FileManager.default.contentsOfDirectory(atPath: pages).sorted()
        for command in ["regions", "municipalities", "dossier", "dossier.show", "session.add", "application.new", "application.advance", "agenda", "status", "report",
                        "check", "export", "import", "undo", "sync", "merge-driver", "demo", "doctor",
                        "session.edit", "session.remove", "contact.add", "contact.edit", "contact.remove", "follow-up.add", "follow-up.done",
                        "follow-up.undone", "follow-up.edit", "follow-up.remove", "application.edit", "notice.list", "notice.resolve", "dossier.resolve", "privacy.find", "privacy.export", "privacy.erase"] {
            #expect(pageNames.contains("impuls.\(command).1"), "a page for impuls \(command)")
        }

    }

    /// Rendered as a user sees it, and without a warning from groff.
    @Test(.enabled(if: InstallEndToEndTests.generatorBuilt && access("/usr/bin/man", X_OK) == 0 && access("/usr/bin/groff", X_OK) == 0,
                   "needs generate-manual (make test), man and groff"))
    func theManPagesRenderWithoutWarnings() throws {
        let install = Installation()
        defer { install.remove() }
        let pages = install.prefix + "/share/man/man1"
        let pageNames = try FileManager.default.contentsOfDirectory(atPath: pages).sorted()
        let env = ["PATH": "/usr/bin:/bin", "HOME": install.home, "MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat", "LANG": "C.UTF-8"]
        let rendered = runBounded(["/usr/bin/man", "-l", pages + "/impuls.1"], environment: env)
        #expect(rendered.status == 0, "\(rendered.err)")
        for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES", "SEE ALSO"] {
            #expect(rendered.out.contains("\n" + heading + "\n"), "the rendered page has \(heading)")
        }
        #expect(rendered.out.contains("impuls doctor"))
        #expect(rendered.out.contains("IMPULS_TODAY"))
        let doctorPage = runBounded(["/usr/bin/man", "-l", pages + "/impuls.doctor.1"], environment: env)
        #expect(doctorPage.out.contains("--timeout"))
        // man finds the pages beside a bin folder on PATH.
        let found = runBounded(["/usr/bin/man", "-w", "impuls.doctor"], environment: env.merging(["PATH": install.prefix + "/bin:/usr/bin:/bin"]) { $1 })
        #expect(found.out.trimmingCharacters(in: .whitespacesAndNewlines) == pages + "/impuls.doctor.1")
        #expect(pageNames.count > 10, "the pages were installed")
        for page in pageNames {
            let checked = runBounded(["/usr/bin/groff", "-mandoc", "-ww", "-z", "-Tutf8", pages + "/" + page], environment: env)
            #expect(checked.status == 0 && checked.err.isEmpty, "groff warns about \(page): \(checked.err)")
        }
    }

    @Test(.enabled(if: InstallEndToEndTests.generatorBuilt, "needs .build/debug/generate-manual, which make test builds"))
    func theBashCompletionLoadsInAFreshBashAndCompletesASubcommand() throws {
        let install = Installation()
        defer { install.remove() }
        let script = install.prefix + "/share/bash-completion/completions/impuls"
        func complete(_ words: [String]) -> [String] {
            let line = words.joined(separator: " ")
            let program = """
            source "$1" || exit 3
            complete -p impuls || exit 4
            COMP_WORDS=(\(words.map { "'\($0)'" }.joined(separator: " "))); COMP_CWORD=\(words.count - 1)
            COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
            _impuls impuls '\(words.last ?? "")' '\(words.dropLast().last ?? "")'
            printf '%s\\n' "${COMPREPLY[@]}"
            """
            let result = runBounded(["/bin/bash", "--norc", "--noprofile", "-c", program, "bash", script],
                                    environment: ["PATH": install.prefix + "/bin:/usr/bin:/bin", "HOME": install.home])
            #expect(result.status == 0, "bash: \(result.err)")
            let lines = result.out.split(separator: "\n").map(String.init)
            #expect(lines.first == "complete -o filenames -F _impuls impuls")
            return Array(lines.dropFirst())
        }
        #expect(complete(["impuls", "doc"]) == ["doctor"])
        #expect(Set(complete(["impuls", "s"])) == ["session", "status", "sync"])
        #expect(complete(["impuls", "fo"]) == ["follow-up"])
        #expect(Set(complete(["impuls", "c"])) == ["check", "contact"])
        #expect(Set(complete(["impuls", "follow-up", ""])).isSuperset(of: ["add", "done", "undone", "edit", "remove"]))
        #expect(Set(complete(["impuls", "notice", ""])).isSuperset(of: ["list", "resolve"]))
        #expect(complete(["impuls", "doctor", "--ti"]) == ["--timeout"])
        #expect(Set(complete(["impuls", "application", "advance", "GM1900", "--to", ""])).isSuperset(of: ["submitted", "approved", "withdrawn"]))
    }

    /// Tab in an interactive bash with Debian's bash-completion, which loads the completion from
    /// ~/.local/share/bash-completion/completions the first time `impuls` is completed.
    @Test(.enabled(if: InstallEndToEndTests.generatorBuilt && access("/usr/share/bash-completion/bash_completion", R_OK) == 0,
                   "needs generate-manual (make test) and the bash-completion package"))
    func tabCompletesInAnInteractiveBash() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var install = Installation()
        defer { install.remove() }
        // A user's own prefix: ~/.local.
        let home = install.home
        let installed = runBounded([install.stage + "/install.sh", "--prefix", home + "/.local"], environment: ["PATH": "/usr/bin:/bin", "HOME": home])
        #expect(installed.status == 0)
        install.said = installed.out
        let env = ["PATH": home + "/.local/bin:/usr/bin:/bin", "HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8"]
        let session = try TmuxSession(command: ["/bin/bash", "--norc", "--noprofile", "-i"], environment: env, folder: folder)
        defer { session.close() }
        func line(_ text: String) throws {
            try session.waitFor("a line '\(text)'") { $0.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == text } }
        }
        try session.type(". /usr/share/bash-completion/bash_completion; PS1='>'")
        try session.send("Enter")
        try line(">")
        try session.type("impuls doc")
        try session.send("Tab")
        try line(">impuls doctor")
        // The completion ended the word with a space.
        try session.tmux(["send-keys", "-l", "--", "--ti"])
        try session.send("Tab")
        try line(">impuls doctor --timeout")
    }

    @Test(.enabled(if: InstallEndToEndTests.generatorBuilt && access("/usr/bin/fish", X_OK) == 0, "needs generate-manual (make test) and fish"))
    func theFishCompletionCompletesASubcommand() throws {
        let install = Installation()
        defer { install.remove() }
        let result = runBounded(["/usr/bin/fish", "--no-config", "-c", "source $argv[1]; complete -C 'impuls doc'",
                                 install.prefix + "/share/fish/vendor_completions.d/impuls.fish"],
                                environment: ["PATH": install.prefix + "/bin:/usr/bin:/bin", "HOME": install.home])
        #expect(result.out.hasPrefix("doctor\t"), "fish: \(result.out) \(result.err)")
    }

    @Test(.enabled(if: InstallEndToEndTests.generatorBuilt && access("/usr/bin/zsh", X_OK) == 0, "needs generate-manual (make test) and zsh"))
    func theZshCompletionIsRegistered() throws {
        let install = Installation()
        defer { install.remove() }
        let program = "fpath=($1 $fpath); autoload -U compinit; compinit -u -D; print -r -- $_comps[impuls]"
        let result = runBounded(["/usr/bin/zsh", "-f", "-c", program, "zsh", install.prefix + "/share/zsh/site-functions"],
                                environment: ["PATH": install.prefix + "/bin:/usr/bin:/bin", "HOME": install.home])
        #expect(result.out.trimmingCharacters(in: .whitespacesAndNewlines) == "_impuls", "zsh: \(result.out) \(result.err)")
    }
}
