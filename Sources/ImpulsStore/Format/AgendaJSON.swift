import ImpulsCore

/// `impuls agenda --format json`: today and the agenda's items, each with where it falls
/// (`overdue`, `thisWeek`, `later`), its day, its kind, the municipality by code and name, its
/// text exactly as stored (a notice's in the config's language) and the id of the record it is
/// about. Keys and values other than texts are stable English words.
public enum AgendaJSON {
    public static func encode(_ items: [AgendaItem], today: CalendarDay) -> [UInt8] {
        let list: [JSONNode] = items.map { item in
            .object([("when", .string(item.when(today: today).rawValue)), ("date", .day(item.day)), ("kind", .string(item.kind.rawValue)),
                     ("code", .string(item.municipality.code.rawValue)), ("municipality", .string(item.municipality.name)),
                     ("text", .string(item.text)), ("record", item.record.map { .string($0) })])
        }
        return JSONWriter.write(.object([("today", .day(today)), ("items", .array(list))]))
    }
}
