import ImpulsCore

/// A table fitted to a terminal's width. Headings wider than their column's values go on two
/// lines; text columns are cut (with `…`) down to a floor; the columns that still do not fit go
/// into further blocks below, each repeating the key columns (the row's name), so nothing is
/// dropped. Columns of one group stay in one block when they can.
extension Tabular {
    /// The narrowest a text column (other than a key column) is cut to while another block could
    /// still take columns.
    static let textFloor = 10

    /// The widest line of each column: its heading's lines and its values.
    func naturalWidths(_ headings: [[String]], _ texts: [[String]]) -> [Int] {
        var widths = headings.map { $0.map(DisplayWidth.of).max() ?? 0 }
        for row in texts { for (i, text) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(text)) } }
        return widths
    }

    /// The table in blocks that each fit `width` columns (the table as it is when it fits whole;
    /// else with the `short` texts, where labels have their short form).
    func fitted(_ whole: [[String]], short texts: [[String]], to width: Int) -> String {
        var headings = columns.map { [$0.heading] }
        var natural = naturalWidths(headings, whole)
        let all = Array(columns.indices)
        if Tabular.span(all, natural) <= width { return block(all, headings: headings, texts: whole, widths: natural) }
        headings = columns.indices.map { i in
            let values = texts.map { $0.indices.contains(i) ? DisplayWidth.of($0[i]) : 0 }.max() ?? 0
            return Tabular.twoLines(columns[i].heading, over: values)
        }
        natural = naturalWidths(headings, texts)
        let keys = Array(0..<min(max(keyColumns, 0), columns.count))
        let textColumns = Set(columns.indices.filter { !columns[$0].alignRight })
        // A key column (the row's name) is cut only when not even one more column fits beside it.
        let floors = columns.indices.map { i in textColumns.contains(i) && !keys.contains(i) ? min(natural[i], Tabular.textFloor) : natural[i] }
        let others = Array(keys.count..<columns.count)
        func fits(_ list: [Int]) -> Bool { Tabular.span(keys + list, floors) <= width }
        func group(_ column: Int) -> Int { groups.indices.contains(column) ? groups[column] : -1 - column }

        var blocks: [[Int]] = []
        var current: [Int] = []
        var start = 0
        while start < others.count {
            var end = start
            while end + 1 < others.count, group(others[end + 1]) == group(others[start]) { end += 1 }
            let members = Array(others[start...end])
            if fits(current + members) {
                current += members
            } else if !current.isEmpty, fits(members) {
                // The group fits a block of its own: start one rather than split the group.
                blocks.append(current)
                current = members
            } else {
                for column in members {
                    if !current.isEmpty, !fits(current + [column]) { blocks.append(current); current = [] }
                    current.append(column)
                }
            }
            start = end + 1
        }
        if !current.isEmpty || blocks.isEmpty { blocks.append(current) }
        return blocks.map { list in
            let columns = keys + list
            let widths = Tabular.shrink(columns, natural: natural, floors: [floors, floors.indices.map { textColumns.contains($0) ? 1 : floors[$0] }],
                                        textColumns: textColumns, to: width)
            return block(columns, headings: headings, texts: texts, widths: widths)
        }.joined(separator: "\n")
    }

    /// A heading wider than its column's values, split at the space that makes it narrowest;
    /// else the heading as one line.
    static func twoLines(_ heading: String, over valueWidth: Int) -> [String] {
        guard DisplayWidth.of(heading) > valueWidth else { return [heading] }
        let words = heading.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count > 1 else { return [heading] }
        let splits = (1..<words.count).map { [words[..<$0].joined(separator: " "), words[$0...].joined(separator: " ")] }
        return splits.min { ($0.map(DisplayWidth.of).max() ?? 0) < ($1.map(DisplayWidth.of).max() ?? 0) } ?? [heading]
    }

    /// `natural` widths with the widest text column of `list` narrowed one at a time until the
    /// listed columns fit `width`, down to each floor in turn. Numbers are never cut.
    static func shrink(_ list: [Int], natural: [Int], floors: [[Int]], textColumns: Set<Int>, to width: Int) -> [Int] {
        var widths = natural
        for floor in floors {
            while span(list, widths) > width {
                guard let widest = list.filter({ textColumns.contains($0) && widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        return widths
    }

    /// The width the listed columns take, two spaces between them.
    static func span(_ list: [Int], _ widths: [Int]) -> Int {
        list.reduce(0) { $0 + widths[$1] } + 2 * max(0, list.count - 1)
    }

    /// The listed columns as an aligned table: the heading (its lines aligned at the bottom), a
    /// rule, the rows; cut text ends in `…`.
    func block(_ list: [Int], headings: [[String]], texts: [[String]], widths: [Int]) -> String {
        func line(_ cells: [String]) -> String {
            var text = zip(list, cells).map { DisplayWidth.pad($1, to: widths[$0], alignRight: columns[$0].alignRight) }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let height = list.map { headings[$0].count }.max() ?? 1
        var out = (0..<height).map { h in
            line(list.map { column in
                let lines = headings[column]
                let index = h - (height - lines.count)
                return index >= 0 ? lines[index] : ""
            })
        }
        out.append(line(list.map { String(repeating: "─", count: widths[$0]) }))
        out += texts.map { row in line(list.map { row.indices.contains($0) ? row[$0] : "" }) }
        return out.joined(separator: "\n") + "\n"
    }
}
