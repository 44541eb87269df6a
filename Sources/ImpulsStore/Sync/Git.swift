#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// Runs the system `git` in one folder and collects what it prints. Started with posix_spawn and a
/// clean signal mask (a child inherits blocked signals otherwise), with `LC_ALL=C` so its output can
/// be read, and without a terminal prompt unless `interactive`.
public struct Git: Sendable {
    public let folder: String
    /// May git ask for a password or passphrase on the terminal? Not while the interface owns it.
    public var interactive: Bool
    /// The data folder's lock, held by the caller: every git started keeps it open, so a git that
    /// goes on after impuls was killed still holds the folder until it ends.
    public var heldLock: Int32?
    /// Asked while a network step runs: true ends it (Ctrl-C in the shell, cancel in the interface).
    public var cancelled: (@Sendable () -> Bool)?

    public typealias Result = ChildProcess.Result

    public struct Missing: Error, Sendable {}

    public init(folder: String, interactive: Bool) {
        self.folder = folder
        self.interactive = interactive
    }

    /// The git found on `PATH`, if any.
    public static var executable: String? {
        let path = ProcessEnvironment.value("PATH") ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where dir.hasPrefix("/") {
            let candidate = String(dir) + "/git"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    @discardableResult
    /// Local steps run in a process group of their own, so a Ctrl-C never stops one half way; a
    /// `network` step (fetch, push) stays in ours when it may ask for a password, and ends at
    /// `seconds` or when `cancelled` says so.
    public func run(_ arguments: [String], input: [UInt8]? = nil, seconds: Int? = nil, environment extra: [String] = [],
                    network: Bool = false) throws -> Result {
        guard let git = Git.executable else { throw Missing() }
        var environment = ChildProcess.environment(leaving: ["LC_ALL", "LANG", "GIT_TERMINAL_PROMPT", "GIT_SSH_COMMAND"])
        environment.append("LC_ALL=C")
        environment += extra
        if !interactive {
            environment.append("GIT_TERMINAL_PROMPT=0")
            environment.append("GIT_SSH_COMMAND=ssh -o BatchMode=yes -o ConnectTimeout=" + String(min(seconds ?? 15, 15)))
        }
        return try ChildProcess.run([git, "-C", folder] + arguments, environment: environment, input: input, seconds: seconds,
                                    inherit: heldLock, ownGroup: !(network && interactive), cancelled: network ? cancelled : nil)
    }
}
