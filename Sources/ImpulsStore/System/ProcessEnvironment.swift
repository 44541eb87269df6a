#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// The process's environment as impuls reads it: a value that is set but empty counts as unset,
/// and a relative `HOME` or XDG folder is ignored (nothing may land in the current folder).
public enum ProcessEnvironment {
    /// A value of the environment, nil when unset or empty.
    public static func value(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// `$HOME`, when it is set to an absolute path.
    public static var home: String? { value("HOME").flatMap { $0.hasPrefix("/") ? $0 : nil } }

    /// An XDG base folder (`XDG_CONFIG_HOME`, `XDG_DATA_HOME`), or nil when it is unset or relative:
    /// the XDG spec says a relative path is invalid and must be ignored.
    public static func xdgFolder(_ name: String) -> String? { value(name).flatMap { $0.hasPrefix("/") ? $0 : nil } }

    /// `~` and `~/…` expanded with `$HOME`; nil when the path needs `$HOME` and there is none.
    public static func expandHome(_ path: String) -> String? {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return home.map { $0 + path.dropFirst() }
    }

    /// The language `LANG` asks for (for messages before a config is read), Dutch otherwise.
    public static var language: Language { Language(localeIdentifier: value("LANG")) ?? .nl }
}
