/// The names someone probably meant when they typed one that does not exist: `staus` → `status`,
/// `--jsn` → `--json`. A name the typed text is a start of, when it is the only one; else those at
/// the smallest edit distance (Damerau-Levenshtein, adjacent swaps counting once) of at most two,
/// and less than the typed text is long. Case does not count.
public enum NearestNames {
    /// The likely names, in the order given; empty when none is close.
    public static func among(_ names: [String], typed: String) -> [String] {
        let wanted = typed.lowercased()
        guard !wanted.isEmpty else { return [] }
        let starting = names.filter { $0.lowercased().hasPrefix(wanted) }
        if starting.count == 1 { return starting }
        let limit = min(2, wanted.count - 1)
        let scored = names.map { (name: $0, distance: distance(wanted, $0.lowercased())) }.filter { $0.distance <= limit }
        guard let best = scored.map(\.distance).min() else { return [] }
        var seen = Set<String>()
        return scored.filter { $0.distance == best && seen.insert($0.name).inserted }.map(\.name)
    }

    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring characters each count one.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, rows[i - 2][j - 2] + 1) }
                rows[i][j] = best
            }
        }
        return rows[a.count][b.count]
    }
}
