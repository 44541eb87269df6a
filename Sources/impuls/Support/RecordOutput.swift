import ArgumentParser
import ImpulsCore
import ImpulsStore

/// What a command that adds, changes or removes a record prints: its sentence (text), or with
/// `--format json` an object with the municipality, what was done (`added`, `changed`, `removed`,
/// `done`, `undone`, `resolved`, `advanced`, `unchanged`), the record as the dossier file holds it (its id too, for a
/// script's next command) and the same sentence.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    static var allValueDescriptions: [String: String] { [:] }
    var defaultValueDescription: String { rawValue }
}

enum RecordOutput {
    /// The record by the key the dossier file lists it under.
    enum Record {
        case contact(Contact), session(AdviceSession), followUp(FollowUp, session: AdviceSession), application(Application), notice(Notice)

        var node: (String, JSONNode) {
            switch self {
            case .contact(let c): ("contact", RecordJSON.node(c))
            case .session(let s): ("session", RecordJSON.node(s))
            case .followUp(let f, _): ("followUp", RecordJSON.node(f))
            case .application(let a): ("application", RecordJSON.node(a))
            case .notice(let n): ("notice", RecordJSON.node(n))
            }
        }
    }

    static func write(_ format: RecordFormat, municipality m: Municipality, action: String, record: Record, message: String) throws {
        switch format {
        case .text:
            try Output.write(message + "\n")
        case .json:
            var members: [(String, JSONNode?)] = [("code", .string(m.code.rawValue)), ("name", .string(m.name)), ("action", .string(action))]
            members.append(record.node)
            if case .followUp(_, let session) = record { members.append(("session", .string(session.id))) }
            members.append(("message", .string(message)))
            try Output.write(RecordJSON.text(.object(members)))
        }
    }
}
