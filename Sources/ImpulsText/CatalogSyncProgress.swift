import ImpulsCore

/// The words of a sync that runs beside the work in the interface.
extension Message {
    /// The header's line while a sync runs: its step, and the key that stops it.
    public static func syncProgress(_ step: SyncStep?, cancelling: Bool) -> Message {
        let doing: (nl: String, en: String)
        switch step {
        case nil: doing = ("beginnen", "starting")
        case .repairing?: doing = ("herstellen", "repairing")
        case .committing?: doing = ("vastleggen", "committing")
        case .fetching?: doing = ("ophalen", "fetching")
        case .merging(let n)?: doing = ("samenvoegen van \(n) \(n == 1 ? "dossier" : "dossiers")", "merging \(n) \(n == 1 ? "dossier" : "dossiers")")
        case .checking?: doing = ("controleren", "checking")
        case .pushing?: doing = ("delen", "sharing")
        }
        if cancelling {
            return Message(nl: "Synchroniseren stopt (\(doing.nl))…", en: "Sync stopping (\(doing.en))…")
        }
        return Message(nl: "Synchroniseren: \(doing.nl)… (X stopt)", en: "Syncing: \(doing.en)… (X stops)")
    }
    /// A save asked for while the sync holds the folder.
    public static let syncSaveWaits = Message(nl: "Opslaan wacht tot de synchronisatie klaar is; niets gaat verloren (X stopt de synchronisatie)",
                                              en: "Saving waits until the sync is done; nothing is lost (X stops the sync)")
    public static let syncAlreadyRunning = Message(nl: "De synchronisatie loopt al (X stopt die)", en: "A sync is already running (X stops it)")
    public static let syncNotRunning = Message(nl: "Er loopt geen synchronisatie", en: "No sync is running")
    /// Help's line for `X`.
    public static let hintCancelSync = Message(nl: "lopende synchronisatie stoppen (niets blijft half gedaan)",
                                               en: "stop the running sync (nothing is left half done)")
}
