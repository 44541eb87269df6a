import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls notice list|resolve`: the notices from merging two people's work, in one place (what
/// the dossier's overview shows and `r` resolves). `impuls dossier resolve` is the same command.
struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice", abstract: .words(.noticeAbstract),
        subcommands: [List.self, Resolve.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: .words(.noticeListAbstract),
            discussion: .words(.noticeListDiscussion))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .words(.noticeListMunicipality)) var municipality: String?
        @Option(help: .words(.noticeListRegion)) var region: String?
        @Flag(help: .words(.noticeListAll)) var all = false
        @Option(help: .words(.formatTextOrJSON)) var format: RecordFormat = .text

        func run() throws {
            let workspace = try Workspace(global, readOnly: true)
            let l = workspace.language
            var dossiers: [(Municipality, Dossier)]
            if let municipality {
                let m = try workspace.municipality(municipality)
                dossiers = [(m, try workspace.stored(m.code).dossier)]
            } else {
                let contents = DossierStore(folder: workspace.folder).loadAll()
                for issue in contents.issues { Output.warning(Message.fileIssue(issue).text(l)) }
                dossiers = contents.dossiers.values.compactMap { stored in
                    ReferenceData.shared.municipality(stored.dossier.code).map { ($0, stored.dossier) }
                }
            }
            if let region {
                let chosen = try workspace.config.requireRegion(region)
                dossiers = dossiers.filter { chosen.contains($0.0) }
            }
            dossiers.sort { (Folding.fold($0.0.name), $0.0.code.rawValue) < (Folding.fold($1.0.name), $1.0.code.rawValue) }
            let listed = dossiers.map { m, d in (m, d, all ? d.notices : d.openNotices) }.filter { !$0.2.isEmpty }
            switch format {
            case .json:
                let items = listed.flatMap { m, d, notices in
                    notices.map { n in
                        JSONNode.object([("code", .string(m.code.rawValue)), ("name", .string(m.name)), ("shortId", .string(d.shortID(ofNotice: n.id))),
                                         ("text", .string(Message.notice(n, in: d).text(l))), ("notice", RecordJSON.node(n))])
                    }
                }
                try Output.write(RecordJSON.text(.array(items)))
            case .text:
                guard !listed.isEmpty else { return try Output.write(Message.command(.noticesNoneOpen, l) + "\n") }
                var out = ""
                for (m, d, notices) in listed {
                    out += "\(m.name) (\(m.code.rawValue))\n"
                    for n in notices {
                        out += "  [\(d.shortID(ofNotice: n.id))] " + Message.notice(n, in: d).text(l)
                            + (n.resolved ? " " + Message.command(.noticeDealtWith, l) : "") + "\n"
                    }
                }
                try Output.write(out)
            }
        }
    }

    /// `impuls notice resolve CODE ID` (also `impuls dossier resolve`): marks a notice from merging
    /// as dealt with (recorded in history); a start of the id is enough, a miss lists the open
    /// notices, and a resolved notice stays as it is.
    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resolve", abstract: .words(.noticeResolveAbstract),
            discussion: .words(.noticeResolveDiscussion))

        @OptionGroup var target: MunicipalityOptions
        @Argument(help: .words(.noticeResolveId)) var id: String
        @Option(help: .words(.noticeResolveFormat)) var format: RecordFormat = .text

        func run() throws {
            let (workspace, m) = try target.open()
            let l = workspace.language
            let dossier = try workspace.stored(m.code).dossier
            let typed = id.escapingControlCharacters
            let notice: Notice
            switch dossier.notice(matching: id) {
            case .found(let found): notice = found
            case .none:
                let open = dossier.openNotices
                throw CommandFailure.usage(([Message.command(.noticeNotFound(id: typed, municipality: m.name, open: open.count), l)]
                                            + DossierText.notices(open, of: dossier, l)).joined(separator: "\n"))
            case .several(let candidates):
                throw CommandFailure.usage(([Message.command(.noticeAmbiguous(id: typed, municipality: m.name), l)]
                                            + DossierText.notices(candidates, of: dossier, l)).joined(separator: "\n"))
            }
            let short = dossier.shortID(ofNotice: notice.id)
            guard !notice.resolved else {
                return try RecordOutput.write(format, municipality: m, action: "unchanged", record: .notice(notice),
                                              message: Message.command(.noticeAlreadyResolved(id: short, municipality: m.name), l))
            }
            let next = try workspace.change(m.code) { dossier throws(Refusal) in try dossier.resolvingNotice(notice.id, context: workspace.context) }
            try RecordOutput.write(format, municipality: m, action: "resolved", record: .notice(next.notices.first { $0.id == notice.id } ?? notice),
                                   message: Message.command(.noticeResolved(id: short, municipality: m.name), l))
        }
    }
}
