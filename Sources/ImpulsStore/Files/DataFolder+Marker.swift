/// `impuls.json`, the mark of a data folder.
extension DataFolder {
    /// Would this impuls open a folder whose `impuls.json` holds these bytes? (An impuls-data
    /// marker of a version it knows.)
    static func markerIsUsable(_ bytes: [UInt8]) -> Bool {
        guard let root = try? JSONParser.parse(bytes), let reader = try? JSONObjectReader(root, path: ""),
              let version = try? reader.int("version") else { return false }
        return (0...1).contains(version)
    }
}
