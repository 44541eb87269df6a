#if canImport(Glibc)
import Glibc
#endif

/// Taskwarrior at the same record count, measured in the same run: the yardstick the performance
/// targets are set against (`task count` over 7,000 pending tasks).
struct Taskwarrior {
    let program: String
    let rc: String
    let folder: String

    /// `task` on PATH; installed with apt-get when absent and the bench runs as root. Nil (and the
    /// reason printed) when it cannot be had.
    static func find() -> String? {
        for dir in ["/usr/bin", "/usr/local/bin", "/bin"] where access(dir + "/task", X_OK) == 0 { return dir + "/task" }
        if getuid() == 0, access("/usr/bin/apt-get", X_OK) == 0 {
            print("impuls-bench: taskwarrior is not installed; installing it (apt-get install taskwarrior) …")
            let result = runProcess(["/usr/bin/apt-get", "install", "-y", "taskwarrior"],
                                    environment: ["PATH=/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND=noninteractive"])
            if result.status == 0, access("/usr/bin/task", X_OK) == 0 { return "/usr/bin/task" }
        }
        print("impuls-bench: taskwarrior (`task`) is not installed and could not be installed; its comparison is left out.")
        return nil
    }

    /// A task database of `count` pending tasks in `folder`, made with `task import`.
    init?(program: String, folder: String, count: Int) {
        self.program = program
        self.folder = folder
        rc = folder + "/taskrc"
        _ = runProcess(["/bin/mkdir", "-p", folder + "/data"], environment: [])
        let settings = "data.location=\(folder)/data\nconfirmation=off\nverbose=nothing\nhooks=off\ngc=off\n"
        var tasks = "["
        for i in 0..<count {
            let hex = String(i + 1, radix: 16)
            let uuid = "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
            tasks += (i == 0 ? "" : ",") + "{\"uuid\":\"\(uuid)\",\"description\":\"Adviesgesprek gemeente \(i) over de aanvraag en de volgende stappen\","
                + "\"status\":\"pending\",\"entry\":\"20230101T000000Z\",\"project\":\"regio\(i % 25)\",\"tags\":[\"advies\"]}"
        }
        tasks += "]"
        guard writeFile(rc, settings), writeFile(folder + "/tasks.json", tasks) else { return nil }
        let imported = runProcess([program, "import", folder + "/tasks.json"], environment: environment)
        guard imported.status == 0 else { return nil }
    }

    var environment: [String] { ["TASKRC=\(rc)", "HOME=\(folder)", "PATH=/usr/bin:/bin", "LANG=C.UTF-8"] }

    /// The command the comparison times.
    var count: [String] { [program, "count"] }
}

private func writeFile(_ path: String, _ text: String) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count
}
