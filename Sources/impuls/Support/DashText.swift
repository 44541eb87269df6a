/// Free text typed as a positional argument that starts with a dash (`follow-up add Ameland
/// "-Min bellen" --due …`) is no option: an option has no space in it. Such a text, not the value
/// of the option before it, is moved behind `--`, where the parser takes it as it is.
enum DashText {
    static func positionals(_ arguments: [String]) -> [String] {
        guard !arguments.contains("--") else { return arguments }
        var kept: [String] = []
        var moved: [String] = []
        for (index, argument) in arguments.enumerated() {
            let previous = index > 0 ? arguments[index - 1] : ""
            let isText = argument.hasPrefix("-") && argument.contains(where: { $0 == " " || $0 == "\t" })
            if isText, !previous.hasPrefix("-") { moved.append(argument) } else { kept.append(argument) }
        }
        return moved.isEmpty ? arguments : kept + ["--"] + moved
    }
}
