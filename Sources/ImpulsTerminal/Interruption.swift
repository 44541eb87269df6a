import CNcursesw

/// Ctrl-C (and SIGTERM, SIGHUP) as a flag that a long command reads at safe points, so it stops
/// there with nothing half done instead of dying wherever it was.
public enum Interruption {
    /// From now on the signals set the flag instead of ending the process.
    public static func catchSignals() { impuls_catch_termination_signals() }
    /// Has one arrived?
    public static var requested: Bool { impuls_termination_signal() != 0 }
}
