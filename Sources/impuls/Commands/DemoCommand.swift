import ArgumentParser
import ImpulsCore
import ImpulsText
import ImpulsStore

/// `impuls demo`: a realistic, deterministic demo folder, written through the storage layer.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: .words(.demoAbstract),
        discussion: .words(.demoDiscussion))

    @OptionGroup var global: GlobalOptions
    @Option(help: .words(.demoOutput)) var output: String
    @Option(help: .words(.demoScale)) var scale: DemoGenerator.Scale = .region
    @Option(help: .words(.demoSeed)) var seed: UInt64 = 2023

    func run() throws {
        try global.refuseWritingWhenReadOnly()
        let config = try global.loadConfig()
        let today = try Clock.today(language: config.language)
        let folder: DataFolder
        let path = try GlobalOptions.userPath(output)
        do { folder = try DataFolder(path: path) } catch { throw GlobalOptions.openingFailure(error, .option("--output"), config.language) }
        let working = config.workingRegions.flatMap { $0.members() }
        let municipalities = scale == .region ? (working.isEmpty ? demoRegion() : working) : ReferenceData.shared.current
        Progress.step(Message.command(.makingDemo, config.language))
        let dossiers = DemoGenerator.make(scale: scale, seed: seed, today: today, rules: config.rules, adviser: config.adviser,
                                          municipalities: municipalities)
        Progress.step(Message.command(.writingDossiers, config.language), total: dossiers.count)
        for (index, dossier) in dossiers.enumerated() {
            do { try folder.save(dossier, expected: nil) } catch { throw CommandFailure.store(error, language: config.language) }
            Progress.update(index + 1, of: dossiers.count)
        }
        let sessions = dossiers.reduce(0) { $0 + $1.sessions.count }
        try Output.write(Message.command(.demoWritten(dossiers: dossiers.count, sessions: sessions, folder: folder.path), config.language) + "\n")
    }

    /// Without a configured region: the north (Fryslân, Groningen, Drenthe), as demo/config.json has it.
    private func demoRegion() -> [Municipality] {
        ReferenceData.shared.current.filter { ["Fryslân", "Groningen", "Drenthe"].contains($0.province) }
    }
}

extension DemoGenerator.Scale: ExpressibleByArgument {}
