import ImpulsCore

/// The command line's help, in Dutch and English: every command's abstract and discussion and every
/// option's and argument's help (`impuls --help`, `impuls help COMMAND`). Shown in the config's
/// language; the man pages and the shell completions are made from the English side. Entries are
/// named by command and option; those several commands share are named by what they say.
public struct HelpText: Sendable, Equatable, MessageGroup {
    let message: Message

    /// The text in `language`.
    public func text(_ language: Language) -> String { message.text(language) }
}

extension HelpText {
    /// `agenda discussion`.
    public static let agendaDiscussion = HelpText(
        nl: """
        Dezelfde punten als de agenda in de interface (g): te laat, deze week (de komende zeven dagen), later. \
        --format ics schrijft een iCalendar-bestand met de open acties en projectdata als hele-dag-afspraken, \
        elk met een UID die in elk bestand gelijk blijft, om in een agenda te importeren of op te abonneren. \
        CSV gebruikt ';' met kopjes in de taal van de config; een tekst die een spreadsheet als formule zou lezen krijgt een ' ervoor.
        """,
        en: """
        The same items as the interface's agenda (g): overdue, this week (the coming seven days), later. \
        --format ics writes an iCalendar file of the open follow-ups and project dates as all-day events, \
        each with a UID that stays the same in every file, for a calendar to import or subscribe to. \
        CSV uses ';' with its headers in the config's language; a text that a spreadsheet would read as a formula gets a leading '.
        """)
    /// `agenda --region`.
    public static let agendaRegion = HelpText(
        nl: "Alleen deze regio (standaard: je ingestelde regio's; alle voor een teamleider, of als er geen zijn ingesteld).",
        en: "Only this region (default: your configured regions; all for a team lead, or when none are configured).")
    /// `agenda --format`.
    public static let agendaFormat = HelpText(nl: "Uitvoerformaat: text, json, csv of ics (een iCalendar-bestand).", en: "Output format: text, json, csv or ics (an iCalendar file).")
    /// `agenda --output`.
    public static let agendaOutput = HelpText(
        nl: "Schrijf naar dit bestand in plaats van naar standaarduitvoer (een gewoon bestand, helemaal vervangen).",
        en: "Write to this file instead of standard output (a regular file, replaced whole).")
    /// `agenda abstract`.
    public static let agendaAbstract = HelpText(
        nl: "Wat er moet gebeuren: open acties, projectdata en blokkerende meldingen, het te late eerst.",
        en: "What is due: open follow-ups, project dates and blocking notices, overdue first.")
    /// `application new --title`.
    public static let applicationNewTitle = HelpText(nl: "Titel van het project.", en: "Title of the project.")
    /// `application new --amount`.
    public static let applicationNewAmount = HelpText(nl: "Gevraagd bedrag in euro: 9500, 9.500, 9500,00 of '€ 9.500'.", en: "Requested amount in euros: 9500, 9,500, 9500.00 or '€9,500'.")
    /// `application new --start`.
    public static let applicationNewStart = HelpText(nl: "Geplande start: JJJJ-MM-DD.", en: "Planned start: YYYY-MM-DD.")
    /// `application new --end`.
    public static let applicationNewEnd = HelpText(nl: "Gepland einde: JJJJ-MM-DD, hoogstens het maximale aantal maanden na de start.", en: "Planned end: YYYY-MM-DD, at most the maximum months after the start.")
    /// `application new --action-line`.
    public static let applicationNewActionLines = HelpText(nl: "Het id van een POK-actielijn (herhaal voor meer; minstens één).", en: "A POK action line id (repeat for more; at least one).")
    /// `application new --activities`.
    public static let applicationNewActivities = HelpText(nl: "De activiteiten.", en: "The activities.")
    /// `application new --team`.
    public static let applicationNewTeam = HelpText(
        nl: "zorg-veiligheid of opdrachtgeverschap; het team uit de config als je het weglaat.",
        en: "zorg-veiligheid or opdrachtgeverschap; the config's team when left out.")
    /// `application new --format`.
    public static let applicationNewFormat = HelpText(nl: "Uitvoerformaat: text of json (met het id van de nieuwe aanvraag).", en: "Output format: text or json (with the new application's id).")
    /// `application advance --to`.
    public static let applicationAdvanceTo = HelpText(nl: "De nieuwe status.", en: "The new status.")
    /// `application advance --application`.
    public static let applicationAdvanceApplication = HelpText(
        nl: "Welke aanvraag: een begin van de titel (hoofdletters en accenten tellen niet) of van het id; nodig als meer dan één de stap kan zetten.",
        en: "Which application: a start of its title (ignoring case and accents) or of its id; needed when more than one could take the step.")
    /// `application advance --note`.
    public static let applicationAdvanceNote = HelpText(nl: "Een toelichting (verplicht bij rejected en withdrawn).", en: "A note (required for rejected and withdrawn).")
    /// `application advance --granted`.
    public static let applicationAdvanceGranted = HelpText(nl: "Toegekend bedrag in euro (bij approved).", en: "Granted amount in euros (for approved).")
    /// `application advance --date`.
    public static let applicationAdvanceDate = HelpText(nl: "Dag van de stap (vandaag als je hem weglaat; de einddatum bij completed).", en: "Day of the step (today when left out; the end date for completed).")
    /// `application advance --outcome`.
    public static let applicationAdvanceOutcome = HelpText(nl: "Het resultaat, bij afronden.", en: "The outcome, when completing.")
    /// `application advance --format`.
    public static let applicationAdvanceFormat = HelpText(nl: "Uitvoerformaat: text of json (met de aanvraag zoals hij nu is).", en: "Output format: text or json (with the application as it now is).")
    /// `application abstract`.
    public static let applicationAbstract = HelpText(nl: "Aanvragen maken, concepten wijzigen en ze door de workflow zetten.", en: "Create applications, change drafts and move them through the workflow.")
    /// `application new abstract`.
    public static let applicationNewAbstract = HelpText(
        nl: "Een conceptaanvraag beginnen (geweigerd zolang er een andere open of toegekend is).",
        en: "Start a draft application (refused while another is open or granted).")
    /// `application advance abstract`.
    public static let applicationAdvanceAbstract = HelpText(nl: "Een aanvraag van de gemeente naar de volgende status zetten.", en: "Move one of the municipality's applications to its next status.")
    /// `application advance discussion`.
    public static let applicationAdvanceDiscussion = HelpText(
        nl: "Statussen: submitted (ingediend), approved (goedgekeurd), rejected (afgewezen), withdrawn (ingetrokken), running (lopend), completed (afgerond). Afwijzen en intrekken vragen --note; goedkeuren vraagt --granted; afronden vraagt --date (de einddatum). Als meer dan één aanvraag de stap kan zetten, zegt --application welke; past het begin op geen of op meer, dan volgt de lijst.",
        en: "Statuses: submitted, approved, rejected, withdrawn, running, completed. Reject and withdraw need --note; approve needs --granted; complete needs --date (the end date). When more than one application could take the step, --application says which; a miss or an ambiguous start lists them.")
    /// `application edit --application`.
    public static let applicationEditApplication = HelpText(
        nl: "Welke aanvraag: een begin van de titel (hoofdletters en accenten tellen niet) of van het id; nodig als er meer dan één concept is.",
        en: "Which application: a start of its title (ignoring case and accents) or of its id; needed when there is more than one draft.")
    /// `application edit --title`.
    public static let applicationEditTitle = HelpText(nl: "Nieuwe titel.", en: "New title.")
    /// `application edit --amount`.
    public static let applicationEditAmount = HelpText(nl: "Nieuw gevraagd bedrag in euro: 9500, 9.500, 9500,00 of '€ 9.500'.", en: "New requested amount in euros: 9500, 9,500, 9500.00 or '€9,500'.")
    /// `application edit --start`.
    public static let applicationEditStart = HelpText(nl: "Nieuwe geplande start: JJJJ-MM-DD.", en: "New planned start: YYYY-MM-DD.")
    /// `application edit --end`.
    public static let applicationEditEnd = HelpText(
        nl: "Nieuw gepland einde: JJJJ-MM-DD, hoogstens het maximale aantal maanden na de start.",
        en: "New planned end: YYYY-MM-DD, at most the maximum months after the start.")
    /// `application edit --action-line`, `session edit --action-line`.
    public static let actionLinesReplacing = HelpText(nl: "Het id van een POK-actielijn (herhaal voor meer; vervangt de lijst).", en: "A POK action line id (repeat for more; replaces the list).")
    /// `application edit --activities`.
    public static let applicationEditActivities = HelpText(nl: "Nieuwe activiteiten.", en: "New activities.")
    /// `application edit --team`.
    public static let applicationEditTeam = HelpText(nl: "zorg-veiligheid of opdrachtgeverschap.", en: "zorg-veiligheid or opdrachtgeverschap.")
    /// `application edit --format`, `contact edit --format`, `dossier show --format`, `follow-up done --format`, `follow-up edit --format`, `follow-up undone --format`, `notice list --format`, `privacy find --format`, `session edit --format`.
    public static let formatTextOrJSON = HelpText(nl: "Uitvoerformaat: text of json.", en: "Output format: text or json.")
    /// `application edit abstract`.
    public static let applicationEditAbstract = HelpText(nl: "Een conceptaanvraag wijzigen: alleen de gegeven velden veranderen.", en: "Change a draft application: only the fields given change.")
    /// `application edit discussion`.
    public static let applicationEditDiscussion = HelpText(
        nl: "Alleen een concept kan worden gewijzigd (een ingediende aanvraag gaat verder met advance, of wordt ingetrokken); de regels van de regeling gelden als bij een nieuwe. Zonder --application het enige concept; --action-line vervangt de hele lijst.",
        en: "Only a draft can be changed (an application that was submitted moves on with advance, or is withdrawn); the scheme's rules are checked as for a new one. Without --application, the only draft; --action-line given replaces the whole list.")
    /// `check abstract`.
    public static let checkAbstract = HelpText(
        nl: "Elk gegevensbestand lezen en elk probleem noemen (status 0 alleen als alles in orde is).",
        en: "Read every data file and list every problem (exit 0 only when all is well).")
    /// `contact add --name`.
    public static let contactAddName = HelpText(nl: "De naam van de contactpersoon.", en: "The contact's name.")
    /// `contact add --role`.
    public static let contactAddRole = HelpText(nl: "Rol bij de gemeente (wethouder, beleidsadviseur, …).", en: "Role at the municipality (wethouder, beleidsadviseur, …).")
    /// `contact add --email`.
    public static let contactAddEmail = HelpText(nl: "E-mailadres.", en: "E-mail address.")
    /// `contact add --phone`.
    public static let contactAddPhone = HelpText(nl: "Telefoonnummer.", en: "Phone number.")
    /// `contact add --format`.
    public static let contactAddFormat = HelpText(nl: "Uitvoerformaat: text of json (met het id van de nieuwe contactpersoon).", en: "Output format: text or json (with the new contact's id).")
    /// `contact edit <contact>`, `contact remove <contact>`.
    public static let contactNamed = HelpText(nl: "De contactpersoon: de naam of een uniek begin ervan, of een begin van het id.", en: "The contact: its name or a unique start of it, or a start of its id.")
    /// `contact edit --name`.
    public static let contactEditName = HelpText(nl: "Nieuwe naam.", en: "New name.")
    /// `contact edit --role`.
    public static let contactEditRole = HelpText(nl: "Nieuwe rol.", en: "New role.")
    /// `contact edit --email`.
    public static let contactEditEmail = HelpText(nl: "Nieuw e-mailadres.", en: "New e-mail address.")
    /// `contact edit --phone`.
    public static let contactEditPhone = HelpText(nl: "Nieuw telefoonnummer.", en: "New phone number.")
    /// `contact remove --format`.
    public static let contactRemoveFormat = HelpText(nl: "Uitvoerformaat: text of json (met de verwijderde contactpersoon).", en: "Output format: text or json (with the removed contact).")
    /// `contact abstract`.
    public static let contactAbstract = HelpText(nl: "De contactpersonen van een gemeente toevoegen, wijzigen en verwijderen.", en: "Add, change and remove the contacts of a municipality.")
    /// `contact add abstract`.
    public static let contactAddAbstract = HelpText(nl: "Een contactpersoon toevoegen.", en: "Add a contact.")
    /// `contact edit abstract`.
    public static let contactEditAbstract = HelpText(
        nl: "Een contactpersoon wijzigen: alleen de gegeven velden veranderen ('' maakt er een leeg, maar niet de naam).",
        en: "Change a contact: only the fields given change ('' empties one, but not the name).")
    /// `contact remove abstract`.
    public static let contactRemoveAbstract = HelpText(nl: "Een contactpersoon verwijderen (impuls undo zet hem terug).", en: "Remove a contact (impuls undo puts it back).")
    /// `contact discussion`.
    public static let contactDiscussion = HelpText(
        nl: "Een contactpersoon noem je bij naam (hoofdletters en accenten tellen niet; een uniek begin is genoeg) of met een begin van het id; een naam die op geen of op meer past, geeft de lijst van contactpersonen (status 2).",
        en: "A contact is named by its name (ignoring case and accents; a unique start is enough) or a start of its id; a name that fits none or several lists the contacts (exit status 2).")
    /// `demo --output`.
    public static let demoOutput = HelpText(nl: "De map om te schrijven (mag nog geen dossiers bevatten).", en: "The folder to write (must not hold dossiers yet).")
    /// `demo --scale`.
    public static let demoScale = HelpText(nl: "region, national of stress.", en: "region, national or stress.")
    /// `demo --seed`.
    public static let demoSeed = HelpText(nl: "Startwaarde (seed): dezelfde startwaarde geeft dezelfde map.", en: "Seed: the same seed gives the same folder.")
    /// `demo abstract`.
    public static let demoAbstract = HelpText(nl: "Een vaste demomap met gegevens schrijven.", en: "Write a deterministic demo data folder.")
    /// `demo discussion`.
    public static let demoDiscussion = HelpText(
        nl: "region: 30 dossiers, zo'n 600 gesprekken; national: 342 dossiers, zo'n 7.000; stress: 342 dossiers, zo'n 70.000.",
        en: "region: 30 dossiers, about 600 sessions; national: 342 dossiers, about 7,000; stress: 342 dossiers, about 70,000.")
    /// `doctor discussion`.
    public static let doctorDiscussion = HelpText(
        nl: """
        Leest alleen: er wordt niets gemaakt of gewijzigd. Elke regel is gemarkeerd met ok, note (goed om te weten) of problem
        (met wat je eraan doet). Voor een map die met het team wordt gedeeld, wordt de teamrepository gevraagd met
        git ls-remote, zonder wachtwoordvraag, hoogstens --timeout seconden lang.
        """,
        en: """
        Reads only: nothing is created or changed. Each line is marked ok, note (worth knowing) or problem
        (with what to do). For a folder shared with the team, the team repository is asked with
        git ls-remote, without a password prompt, for at most --timeout seconds.
        """)
    /// `doctor --timeout`.
    public static let doctorTimeout = HelpText(nl: "Seconden wachten op de teamrepository.", en: "Seconds to wait for the team repository.")
    /// `doctor abstract`.
    public static let doctorAbstract = HelpText(
        nl: "De terminal, de config, de gegevensmap, git en de datum van vandaag nakijken (status 0 als alles in orde is, 1 als iets je aandacht vraagt).",
        en: "Check the terminal, the config, the data folder, git and today's date (exit 0 when all is well, 1 when something needs you).")
    /// `dossier abstract`.
    public static let dossierAbstract = HelpText(nl: "Het dossier van een gemeente tonen.", en: "Show a municipality's dossier.")
    /// `dossier show abstract`.
    public static let dossierShowAbstract = HelpText(nl: "Het dossier van een gemeente tonen (code of naam).", en: "Show a municipality's dossier (code or name).")
    /// `export --format`.
    public static let exportFormat = HelpText(nl: "json of csv.", en: "json or csv.")
    /// `export --output`.
    public static let exportOutput = HelpText(nl: "Schrijf naar dit bestand in plaats van naar standaarduitvoer.", en: "Write to this file instead of standard output.")
    /// `export --region`.
    public static let exportRegion = HelpText(nl: "Alleen de dossiers van deze regio.", en: "Only the dossiers of this region.")
    /// `export abstract`.
    public static let exportAbstract = HelpText(
        nl: "De dossiers exporteren als JSON (om te importeren) of CSV (een regel per aanvraag).",
        en: "Export the dossiers as JSON (for import) or CSV (one row per application).")
    /// `follow-up add <text>`.
    public static let followUpAddText = HelpText(nl: "Wat er moet gebeuren.", en: "What is to be done.")
    /// `follow-up add --due`.
    public static let followUpAddDue = HelpText(nl: "Uiterlijk op: JJJJ-MM-DD (of DD-MM-JJJJ).", en: "Due day: YYYY-MM-DD (or DD-MM-YYYY).")
    /// `follow-up add --session`.
    public static let followUpAddSession = HelpText(
        nl: "Het gesprek waar de actie uit komt: de datum of een begin van het id (anders het laatste).",
        en: "The session it came from: its date or a start of its id (else the latest).")
    /// `follow-up add --format`.
    public static let followUpAddFormat = HelpText(nl: "Uitvoerformaat: text of json (met het id van de nieuwe actie).", en: "Output format: text or json (with the new follow-up's id).")
    /// `follow-up done <follow-up>`, `follow-up edit <follow-up>`, `follow-up remove <follow-up>`, `follow-up undone <follow-up>`.
    public static let followUpNamed = HelpText(nl: "De actie: de tekst of een uniek begin ervan, of een begin van het id.", en: "The follow-up: its text or a unique start of it, or a start of its id.")
    /// `follow-up edit --text`.
    public static let followUpEditText = HelpText(nl: "Nieuwe tekst.", en: "New text.")
    /// `follow-up edit --due`.
    public static let followUpEditDue = HelpText(nl: "Nieuwe uiterste dag: JJJJ-MM-DD (of DD-MM-JJJJ).", en: "New due day: YYYY-MM-DD (or DD-MM-YYYY).")
    /// `follow-up remove --format`.
    public static let followUpRemoveFormat = HelpText(nl: "Uitvoerformaat: text of json (met de verwijderde actie).", en: "Output format: text or json (with the removed follow-up).")
    /// `follow-up abstract`.
    public static let followUpAbstract = HelpText(
        nl: "Acties aan een gesprek toevoegen, afvinken en weer openen, wijzigen en verwijderen.",
        en: "Add follow-ups to a session, tick them off and on, change and remove them.")
    /// `follow-up add abstract`.
    public static let followUpAddAbstract = HelpText(
        nl: "Een actie aan een gesprek toevoegen (het laatste, tenzij --session een ander noemt).",
        en: "Add a follow-up to a session (the latest one unless --session names another).")
    /// `follow-up done abstract`.
    public static let followUpDoneAbstract = HelpText(nl: "Een actie afvinken (x in de interface).", en: "Tick a follow-up off (x in the interface).")
    /// `follow-up undone abstract`.
    public static let followUpUndoneAbstract = HelpText(nl: "Een afgevinkte actie weer openen (x in de interface).", en: "Open a follow-up that was ticked off again (x in the interface).")
    /// `follow-up edit abstract`.
    public static let followUpEditAbstract = HelpText(nl: "De tekst of de uiterste dag van een actie wijzigen.", en: "Change a follow-up's text or due day.")
    /// `follow-up remove abstract`.
    public static let followUpRemoveAbstract = HelpText(nl: "Een actie verwijderen (impuls undo zet hem terug).", en: "Remove a follow-up (impuls undo puts it back).")
    /// `follow-up discussion`.
    public static let followUpDiscussion = HelpText(
        nl: "Een actie noem je bij de tekst (hoofdletters en accenten tellen niet; een uniek begin is genoeg) of met een begin van het id; een naam die op geen of op meer past, geeft de lijst van acties (status 2).",
        en: "A follow-up is named by its text (ignoring case and accents; a unique start is enough) or a start of its id; a name that fits none or several lists the follow-ups (exit status 2).")
    /// `follow-up add discussion`.
    public static let followUpAddDiscussion = HelpText(
        nl: "Een actie hoort bij het gesprek waar hij uit komt, zoals in de interface, waar acties bij hun gesprek worden getypt: zonder --session gaat hij naar het gesprek van de laatste dag (en zegt welk); als er die dag meer dan één was, of het dossier er nog geen heeft, zegt hij dat en voegt niets toe.",
        en: "A follow-up belongs to the session it came from, as in the interface, where follow-ups are typed with their session: without --session it goes to the session of the latest day (and says which); when more than one was held that day, or the dossier has none yet, it says so and adds nothing.")
    /// `import <file>`.
    public static let importFile = HelpText(nl: "Een bestand geschreven door 'impuls export --format json'.", en: "A file written by 'impuls export --format json'.")
    /// `import --dry-run`.
    public static let importDryRun = HelpText(
        nl: "Per dossier zeggen wat er zou worden toegevoegd, gewijzigd, verwijderd en gehouden; niets schrijven.",
        en: "Say per dossier what would be added, changed, removed and kept; write nothing.")
    /// `import --replace`.
    public static let importReplace = HelpText(
        nl: "Elk dossier vervangen door de kopie uit de export in plaats van samenvoegen (wat verdwijnt, staat eerst in de lijst).",
        en: "Replace each dossier with the export's copy instead of merging (what goes is listed first).")
    /// `import abstract`.
    public static let importAbstract = HelpText(
        nl: "Een exportbestand importeren, samengevoegd met wat de map heeft; eerst gecontroleerd, alles of niets geschreven.",
        en: "Import an export file, merged with what the folder has; checked first, written all or nothing.")
    /// `import discussion`.
    public static let importDiscussion = HelpText(
        nl: "Records en geschiedenis worden op id gekoppeld; een veld dat aan beide kanten is gewijzigd sinds ze uit elkaar gingen, krijgt de latere wijziging, met een melding. Hetzelfde bestand twee keer importeren verandert niets.",
        en: "Records and history entries are matched by id; a field changed on both sides since they parted goes to the later change, with a notice. Importing the same file twice changes nothing.")
    /// `impuls discussion`.
    public static let impulsDiscussion = HelpText(
        nl: """
        Zonder subcommando opent impuls de terminalinterface op de gegevensmap.

        Afsluitstatus: 0 gedaan, 1 geweigerd door een regel van de regeling, 2 verkeerd gebruik, config of gegevens (of uitvoer die niet kon worden geschreven), \
        3 een conflict: het dossier is intussen op schijf gewijzigd en er is niets geschreven, 4 (alleen sync) offline of geen teamrepository.

        IMPULS_TODAY=JJJJ-MM-DD zet de datum die impuls als vandaag neemt.
        """,
        en: """
        Without a subcommand, impuls opens the terminal interface on the data folder.

        Exit status: 0 done, 1 refused by a rule of the scheme, 2 bad usage, config or data (or output that could not be written), \
        3 a conflict: the dossier changed on disk meanwhile and nothing was written, 4 (sync only) offline or no team repository.

        IMPULS_TODAY=YYYY-MM-DD sets the date impuls takes as today.
        """)
    /// `impuls abstract`.
    public static let impulsAbstract = HelpText(
        nl: "Dossiervolger voor de regioadviseurs van het ondersteuningsbudget (VNG, Samenwerkingsplatform sociaal domein).",
        en: "Case tracker for the regional advisers of the ondersteuningsbudget (VNG, Samenwerkingsplatform sociaal domein).")
    /// `merge-driver <base>`.
    public static let mergeDriverBase = HelpText(
        nl: "De versie van de gemeenschappelijke voorouder (leeg als beide kanten het bestand toevoegden).",
        en: "The common ancestor's version (empty when both sides added the file).")
    /// `merge-driver <ours>`.
    public static let mergeDriverOurs = HelpText(nl: "Onze versie; het samengevoegde resultaat wordt hier geschreven.", en: "Our version; the merged result is written here.")
    /// `merge-driver <theirs>`.
    public static let mergeDriverTheirs = HelpText(nl: "Hun versie.", en: "Their version.")
    /// `merge-driver <path>`.
    public static let mergeDriverPath = HelpText(nl: "Het pad van het bestand in de repository (dossiers/GM0000.json).", en: "The file's path in the repository (dossiers/GM0000.json).")
    /// `merge-driver abstract`.
    public static let mergeDriverAbstract = HelpText(nl: "Twee versies van een dossierbestand naar betekenis samenvoegen (aangeroepen door git).", en: "Merge two versions of a dossier file by meaning (called by git).")
    /// `merge-driver discussion`.
    public static let mergeDriverDiscussion = HelpText(
        nl: "Het merge-driver-contract van git: het resultaat wordt naar OURS geschreven; status 0 als het samengevoegd is, 1 als een versie niet te lezen is.",
        en: "git's merge-driver contract: the result is written to OURS; exit 0 when merged, 1 when a version cannot be read.")
    /// `municipalities --region`.
    public static let municipalitiesRegion = HelpText(nl: "Alleen de gemeenten van deze regio (naam, of een uniek begin ervan).", en: "Only the municipalities of this region (name, or a unique start of it).")
    /// `municipalities --search`.
    public static let municipalitiesSearch = HelpText(nl: "Alleen namen of codes met deze tekst erin.", en: "Only names or codes containing this text.")
    /// `municipalities --former`.
    public static let municipalitiesFormer = HelpText(
        nl: "Alleen de voormalige gemeenten (Weesp, Brielle, Hellevoetsluis, Westvoorne), met de gemeente waarin elk opging en wanneer.",
        en: "Only the former municipalities (Weesp, Brielle, Hellevoetsluis, Westvoorne), with the municipality each went into and when.")
    /// `municipalities --format`, `regions --format`, `status --format`.
    public static let formatTable = HelpText(nl: "Uitvoerformaat: table, csv, json of markdown.", en: "Output format: table, csv, json or markdown.")
    /// `municipalities --wide`.
    public static let municipalitiesWide = HelpText(
        nl: "Op een terminal één tabel, hoe breed ook (anders worden lange namen afgekapt en gaat wat niet past in volgende blokken).",
        en: "On a terminal, one table however wide (else long names are cut and what does not fit goes into further blocks).")
    /// `municipalities abstract`.
    public static let municipalitiesAbstract = HelpText(
        nl: "De gemeenten van 2023 tonen, eventueel van één regio of met een zoekterm.",
        en: "List the municipalities of 2023, optionally of one region or matching a search.")
    /// `municipalities discussion`.
    public static let municipalitiesDiscussion = HelpText(
        nl: "Regio en zoekterm negeren hoofdletters en accenten: --search sudwest vindt Súdwest-Fryslân.",
        en: "Region and search ignore case and accents: --search sudwest finds Súdwest-Fryslân.")
    /// `notice list <municipality>`.
    public static let noticeListMunicipality = HelpText(
        nl: "Gemeente: CBS-code of naam (een uniek begin is genoeg); elk dossier als je hem weglaat.",
        en: "Municipality: CBS code or name (a unique start is enough); every dossier when left out.")
    /// `notice list --region`.
    public static let noticeListRegion = HelpText(nl: "Alleen de dossiers van deze regio (naam, of een uniek begin ervan).", en: "Only the dossiers of this region (name, or a unique start of it).")
    /// `notice list --all`.
    public static let noticeListAll = HelpText(nl: "Ook de meldingen die zijn afgehandeld.", en: "Also the notices that were dealt with.")
    /// `notice resolve <id>`.
    public static let noticeResolveId = HelpText(
        nl: "Het id van de melding zoals 'notice list' en 'dossier show' het tonen, of een begin ervan dat geen andere melding van het dossier deelt.",
        en: "The notice's id as 'notice list' and 'dossier show' list it, or a start of it no other notice of the dossier shares.")
    /// `notice resolve --format`.
    public static let noticeResolveFormat = HelpText(nl: "Uitvoerformaat: text of json (met de melding).", en: "Output format: text or json (with the notice).")
    /// `notice abstract`.
    public static let noticeAbstract = HelpText(
        nl: "De meldingen uit het samenvoegen van het werk van twee mensen tonen, en afhandelen.",
        en: "List the notices from merging two people's work, and mark them as dealt with.")
    /// `notice list abstract`.
    public static let noticeListAbstract = HelpText(
        nl: "De open meldingen van een gemeente tonen, of van elk dossier in de gegevensmap.",
        en: "List the open notices of a municipality, or of every dossier in the data folder.")
    /// `notice resolve abstract`.
    public static let noticeResolveAbstract = HelpText(
        nl: "Een melding uit het samenvoegen van het werk van twee mensen afhandelen (het id staat in 'notice list').",
        en: "Mark a notice from merging two people's work as dealt with (the id is in 'notice list').")
    /// `notice list discussion`.
    public static let noticeListDiscussion = HelpText(
        nl: "Elke melding na het begin van het id dat notice resolve aanneemt. --all toont ook de afgehandelde.",
        en: "Each notice after the start of its id that notice resolve takes. --all lists those dealt with too.")
    /// `notice resolve discussion`.
    public static let noticeResolveDiscussion = HelpText(
        nl: "Een melding dat twee aanvragen zijn toegekend, of tegelijk open staan, handelt zichzelf af als een ervan wordt ingetrokken. Ook aan te roepen als impuls dossier resolve.",
        en: "A notice that two applications are granted, or open at once, resolves itself when one of them is withdrawn. Also called as impuls dossier resolve.")
    /// `privacy erase <text>`, `privacy export <text>`, `privacy find <text>`.
    public static let privacyText = HelpText(nl: "Een naam, e-mailadres of telefoonnummer.", en: "A name, e-mail address or phone number.")
    /// `privacy export --output`.
    public static let privacyExportOutput = HelpText(nl: "Het bestand om te schrijven (helemaal vervangen, of gemaakt).", en: "The file to write (replaced whole, or made).")
    /// `privacy erase --yes`.
    public static let privacyEraseYes = HelpText(nl: "Doe het (zonder dit alleen zeggen wat er zou worden gewist).", en: "Do it (without this, only say what would be erased).")
    /// `privacy abstract`.
    public static let privacyAbstract = HelpText(
        nl: "De gegevens van een persoon vinden, overdragen of wissen (AVG): een naam, een e-mailadres, een telefoonnummer.",
        en: "Find, hand over or erase a person's data (AVG/GDPR): a name, an e-mail address, a phone number.")
    /// `privacy find abstract`.
    public static let privacyFindAbstract = HelpText(
        nl: "Elke plek waar TEXT voorkomt, in elk dossier van de gegevensmap (of van elke gegeven map).",
        en: "Every place TEXT occurs, in every dossier of the data folder (or of every folder given).")
    /// `privacy export abstract`.
    public static let privacyExportAbstract = HelpText(
        nl: "Wat er over een persoon is vastgelegd, als JSON die hij kan lezen: elk record, veld en geschiedenisregel, met data.",
        en: "What is held about a person, as JSON they can read: every record, field and history entry, with dates.")
    /// `privacy erase abstract`.
    public static let privacyPurgeAbstract = HelpText(
        nl: "Bewaartermijn: uit elk dossier zonder activiteit sinds --before alle personen wissen (contactpersonen, deelnemers en wat hen noemt).",
        en: "Retention: erase every person from each dossier with no activity since --before (contacts, participants and what names them).")
    public static let privacyPurgeDiscussion = HelpText(
        nl: "Cijfers, gesprekken, bedragen en de stappen blijven; elk dossier krijgt een regel in de geschiedenis zonder namen. Zonder --before geldt \"personalDataMonths\" uit de config. In een gedeelde map bereikt het, net als erase, de geschiedenis van het hele team. Zonder --yes zegt het alleen wat het zou wissen.",
        en: "Figures, sessions, amounts and the steps stay; each dossier gets a history line without names. Without --before, the config's \"personalDataMonths\" counts. In a shared folder it reaches the whole team's history, as erase does. Without --yes it only says what it would erase.")
    public static let privacyPurgeBefore = HelpText(nl: "De dag (JJJJ-MM-DD): dossiers zonder activiteit sinds die dag.", en: "The day (YYYY-MM-DD): dossiers with no activity since then.")
    public static let privacyEraseAbstract = HelpText(
        nl: "TEXT uit elk dossier wissen: contactpersonen die het noemt verwijderd, elke andere vermelding (geschiedenis en meldingen ook) vervangen door [gewist].",
        en: "Erase TEXT from every dossier: contacts it names removed, every other mention (history and notices included) replaced by [gewist].")
    /// `privacy discussion`.
    public static let privacyDiscussion = HelpText(
        nl: "TEXT wordt gezocht zonder op hoofdletters en accenten te letten, als hele woorden: 'jan' vindt 'Jan de Vries' en 'jan@gemeente.nl', niet 'januari'. Records, de notities van het dossier, meldingen en elke geschiedenisregel worden doorzocht.",
        en: "TEXT is matched ignoring case and accents, as whole words: 'jan' finds 'Jan de Vries' and 'jan@gemeente.nl', not 'januari'. Records, the dossier's notes, notices and every history entry are searched.")
    /// `privacy erase discussion`.
    public static let privacyEraseDiscussion = HelpText(
        nl: "Gesprekken, data, bedragen, de workflow en de geschiedenis ervan blijven; het wissen wordt zonder de tekst in de geschiedenis van elk dossier vastgelegd, en kan niet ongedaan worden gemaakt. Een bewaard formulier (concept) dat de tekst noemt, wordt verwijderd. Zonder --yes zegt het alleen wat het zou veranderen.",
        en: "Sessions, dates, amounts, the workflow and its history stay; the erasure is recorded in each dossier's history without the text, and cannot be undone. A kept form (draft) that mentions the text is removed. Without --yes it only says what it would change.")
    /// `regions --wide`, `status --wide`.
    public static let wideColumns = HelpText(
        nl: "Op een terminal één tabel, hoe breed ook (anders gaan de kolommen die niet passen in volgende blokken).",
        en: "On a terminal, one table however wide (else the columns that do not fit go into further blocks).")
    /// `regions abstract`.
    public static let regionsAbstract = HelpText(
        nl: "De regio's tonen (standaard de 12 provincies) met hun aantal gemeenten.",
        en: "List the regions (by default the 12 provinces) with their number of municipalities.")
    /// `report discussion`.
    public static let reportDiscussion = HelpText(
        nl: """
        De cijfers zijn die van 'impuls status' en het dashboard: aanvragen per status, gevraagd en toegekend budget tegen het
        plafond, bereikte en niet bereikte gemeenten, werk dat te laat is, elk met de gemeenten erachter; met de datum en de gegevensmappen
        waaruit het is gemaakt. Het bestand heeft geen netwerk en geen scripts nodig, en past afgedrukt op A4. Meer --data-dir worden samen gelezen.
        """,
        en: """
        The figures are those of 'impuls status' and the dashboard: applications per status, budget requested and granted against the
        ceiling, municipalities reached and not reached, overdue work, each with the municipalities behind it; with the date and the data
        folders it was made from. The file needs no network and no scripts, and prints on A4. Several --data-dir are read together.
        """)
    /// `report --output`.
    public static let reportOutput = HelpText(
        nl: "Het HTML-bestand om te schrijven (helemaal vervangen; nooit een apparaat, pipe, link of map).",
        en: "The HTML file to write (replaced whole; never a device, pipe, link or folder).")
    /// `report --region`, `status --region`.
    public static let onlyRegion = HelpText(nl: "Alleen deze regio.", en: "Only this region.")
    /// `report --all`, `status --all`.
    public static let allRegions = HelpText(
        nl: "Elke gedefinieerde regio (standaard: je ingestelde regio's, of alle als er geen zijn ingesteld).",
        en: "Every defined region (default: your configured regions, or all when none are configured).")
    /// `report abstract`.
    public static let reportAbstract = HelpText(
        nl: "De stand schrijven als één op zichzelf staand HTML-bestand om te versturen of af te drukken (grafieken, en de gemeenten achter elk cijfer).",
        en: "Write the status as one self-contained HTML file to send or print (charts, and the municipalities behind every figure).")
    /// `session add --date`.
    public static let sessionAddDate = HelpText(nl: "Dag van het gesprek: JJJJ-MM-DD (of DD-MM-JJJJ); vandaag als je hem weglaat.", en: "Day of the session: YYYY-MM-DD (or DD-MM-YYYY); today when left out.")
    /// `session add --kind`, `session edit --kind`.
    public static let sessionKind = HelpText(nl: "intake, advice, workshop, call of follow-up.", en: "intake, advice, workshop, call or follow-up.")
    /// `session add --summary`.
    public static let sessionAddSummary = HelpText(nl: "Wat er is besproken.", en: "What was discussed.")
    /// `session add --participant`.
    public static let sessionAddParticipants = HelpText(nl: "Een deelnemer (herhaal voor meer).", en: "A participant (repeat for more).")
    /// `session add --action-line`.
    public static let sessionAddActionLines = HelpText(nl: "Het id van een POK-actielijn (herhaal voor meer).", en: "A POK action line id (repeat for more).")
    /// `session add --minutes`.
    public static let sessionAddMinutes = HelpText(nl: "Duur in minuten.", en: "Duration in minutes.")
    /// `session add --follow-up`.
    public static let sessionAddFollowUps = HelpText(
        nl: "Een actie als \"JJJJ-MM-DD TEKST\", zoals in het formulier (ook \"TEKST@JJJJ-MM-DD\"; herhaal voor meer).",
        en: "A follow-up as \"YYYY-MM-DD TEXT\", as in the form (also \"TEXT@YYYY-MM-DD\"; repeat for more).")
    /// `session add --format`.
    public static let sessionAddFormat = HelpText(nl: "Uitvoerformaat: text of json (met de id's van het nieuwe gesprek en zijn acties).", en: "Output format: text or json (with the new session and its follow-ups' ids).")
    /// `session abstract`.
    public static let sessionAbstract = HelpText(nl: "Adviesgesprekken vastleggen, verbeteren en verwijderen.", en: "Log advice sessions, correct and remove them.")
    /// `session add abstract`.
    public static let sessionAddAbstract = HelpText(nl: "Een adviesgesprek met een gemeente vastleggen.", en: "Log an advice session with a municipality.")
    /// `session edit <session>`, `session remove <session>`.
    public static let sessionNamed = HelpText(nl: "Het gesprek: de datum of een begin van het id (of gebruik --latest).", en: "The session: its date or a start of its id (or use --latest).")
    /// `session edit --latest`, `session remove --latest`.
    public static let sessionLatest = HelpText(nl: "Het gesprek van de laatste dag.", en: "The session of the latest day.")
    /// `session edit --date`.
    public static let sessionEditDate = HelpText(nl: "Nieuwe dag van het gesprek: JJJJ-MM-DD (of DD-MM-JJJJ).", en: "New day of the session: YYYY-MM-DD (or DD-MM-YYYY).")
    /// `session edit --summary`.
    public static let sessionEditSummary = HelpText(nl: "Nieuwe samenvatting.", en: "New summary.")
    /// `session edit --participant`.
    public static let sessionEditParticipants = HelpText(nl: "Een deelnemer (herhaal voor meer; vervangt de lijst).", en: "A participant (repeat for more; replaces the list).")
    /// `session edit --minutes`.
    public static let sessionEditMinutes = HelpText(nl: "Duur in minuten ('' voor geen).", en: "Duration in minutes ('' for none).")
    /// `session remove --format`.
    public static let sessionRemoveFormat = HelpText(nl: "Uitvoerformaat: text of json (met het verwijderde gesprek).", en: "Output format: text or json (with the removed session).")
    /// `session edit abstract`.
    public static let sessionEditAbstract = HelpText(nl: "Een vastgelegd gesprek verbeteren: alleen de gegeven velden veranderen.", en: "Correct a logged session: only the fields given change.")
    /// `session remove abstract`.
    public static let sessionRemoveAbstract = HelpText(nl: "Een gesprek met zijn acties verwijderen (impuls undo zet het terug).", en: "Remove a session with its follow-ups (impuls undo puts it back).")
    /// `session edit discussion`.
    public static let sessionEditDiscussion = HelpText(
        nl: "Het gesprek noem je bij de datum (JJJJ-MM-DD of DD-MM-JJJJ) of met een begin van het id, of --latest voor dat van de laatste dag; een naam die op geen of op meer past, geeft de lijst van gesprekken (status 2). Herhaalde opties (--participant, --action-line) vervangen de hele lijst; --participant '' maakt hem leeg, --minutes '' laat de duur weg. De acties ervan wijzig je met impuls follow-up.",
        en: "The session is named by its date (YYYY-MM-DD or DD-MM-YYYY) or a start of its id, or --latest for the one of the latest day; a name that fits none or several lists the sessions (exit status 2). Repeated options (--participant, --action-line) replace the whole list; --participant '' empties it, --minutes '' leaves the duration out. Its follow-ups are changed with impuls follow-up.")
    /// `session remove discussion`.
    public static let sessionRemoveDiscussion = HelpText(
        nl: "Het gesprek noem je bij de datum of met een begin van het id, of --latest; een naam die op geen of op meer past, geeft de lijst van gesprekken (status 2).",
        en: "The session is named by its date or a start of its id, or --latest; a name that fits none or several lists the sessions (exit status 2).")
    /// `status discussion`.
    public static let statusDiscussion = HelpText(
        nl: """
        Gevraagd telt aanvragen die zijn ingediend en niet afgewezen of ingetrokken; toegekend telt goedgekeurde, lopende en afgeronde. \
        Het plafond is het aantal gemeenten van de regio maal het maximumbedrag. CSV gebruikt ';' en een decimale komma (Nederlandse spreadsheets), \
        met kopjes in de taal van de config; JSON geeft bedragen in centen en de gemeenten achter elk cijfer, met vaste Engelse sleutels. \
        Meer --data-dir worden samen gelezen.
        """,
        en: """
        Requested counts applications submitted and not rejected or withdrawn; granted counts approved, running and completed ones. \
        The ceiling is the region's municipalities times the maximum amount. CSV uses ';' and a decimal comma (Dutch spreadsheets), \
        with its headers in the config's language; JSON gives amounts in cents and the municipalities behind every figure, with stable English keys. \
        Several --data-dir are read together.
        """)
    /// `status abstract`.
    public static let statusAbstract = HelpText(
        nl: "Hoe de regio's ervoor staan: bereikte gemeenten, aanvragen per status, budget, werk dat te laat is, adviseurs.",
        en: "Where the regions stand: municipalities reached, applications per status, budget, overdue work, advisers.")
    /// `sync discussion`.
    public static let syncDiscussion = HelpText(
        nl: """
        impuls sync --init [--remote URL]   maak van de gegevensmap een gedeelde (en koppel de teamrepository)
        impuls sync --clone URL             maak de gegevensmap uit de teamrepository (de eerste stap van een teamleider)
        impuls sync                         leg je wijzigingen vast, haal die van het team binnen, en deel de jouwe
        Afsluitstatus: 0 gedeeld; 4 niet alles gedeeld (offline, geen antwoord binnen syncTimeoutSeconds, geen
        teamrepository, een push geweigerd, of een dossier hier dat niet te lezen is en is tegengehouden) — al het
        andere is lokaal vastgelegd; 130 gestopt met Ctrl-C (niets half gedaan); 2 een fout.
        """,
        en: """
        impuls sync --init [--remote URL]   make the data folder a shared one (and connect the team repository)
        impuls sync --clone URL             make the data folder from the team repository (a team lead's first step)
        impuls sync                         commit your changes, bring in the team's, and share yours
        Exit status: 0 shared; 4 not everything shared (offline, no answer within syncTimeoutSeconds, no team
        repository, a push refused, or a dossier here that cannot be read held back) — everything else is
        committed locally; 130 stopped with Ctrl-C (nothing half done); 2 an error.
        """)
    /// `sync --init`.
    public static let syncInit = HelpText(
        nl: "Maak van de gegevensmap een gedeelde (een git-repository met de samenvoeging van impuls voor dossiers).",
        en: "Make the data folder a shared one (a git repository with impuls's merge for dossiers).")
    /// `sync --remote`.
    public static let syncRemote = HelpText(
        nl: "De teamrepository (met --init): een git-URL of een pad naar een kale (bare) repository.",
        en: "The team repository (with --init): a git URL or a path to a bare repository.")
    /// `sync --clone`.
    public static let syncClone = HelpText(nl: "Maak de gegevensmap uit deze teamrepository.", en: "Make the data folder from this team repository.")
    /// `sync abstract`.
    public static let syncAbstract = HelpText(
        nl: "De gegevensmap met je team delen via git: vastleggen, ophalen, naar betekenis samenvoegen, delen.",
        en: "Share the data folder with your team through git: commit, fetch, merge by meaning, push.")
    /// `undo --redo`.
    public static let undoRedo = HelpText(nl: "Je laatste ongedaan maken juist opnieuw doen.", en: "Redo your latest undo instead.")
    /// `undo --yes`.
    public static let undoYes = HelpText(nl: "Doe het (zonder dit alleen zeggen wat er zou gebeuren).", en: "Do it (without this, only say what would be done).")
    /// `undo abstract`.
    public static let undoAbstract = HelpText(
        nl: "Je eigen laatste wijziging in een dossier terugnemen (of, met --redo, je laatste ongedaan maken).",
        en: "Take back your own latest change in a dossier (or, with --redo, your latest undo).")
    /// `undo discussion`.
    public static let undoDiscussion = HelpText(
        nl: "Alleen je eigen wijzigingen (de adviseur uit de config, op deze laptop), nooit die van een collega of een import, noch een waarop een latere wijziging van een collega voortbouwt; een aanvraag die ooit geen concept meer was, wordt nooit verwijderd. Zonder --yes zegt het alleen wat het zou doen.",
        en: "Only your own changes (the config's adviser, on this laptop), never a colleague's or an import, nor one a colleague's later change builds on; an application that ever left draft is never removed. Without --yes it only says what it would do.")
    /// `every command --config`.
    public static let globalConfig = HelpText(
        nl: "Configbestand (anders $IMPULS_CONFIG, anders $XDG_CONFIG_HOME/impuls/config.json).",
        en: "Config file (else $IMPULS_CONFIG, else $XDG_CONFIG_HOME/impuls/config.json).")
    /// `every command --data-dir`.
    public static let globalDataDir = HelpText(
        nl: "Gegevensmap (anders $IMPULS_DATA_DIR, de dataDir uit de config, anders $XDG_DATA_HOME/impuls). Geef hem meer dan eens om meer mappen samen te lezen (status en de interface, alleen-lezen).",
        en: "Data folder (else $IMPULS_DATA_DIR, the config's dataDir, else $XDG_DATA_HOME/impuls). Give it more than once to read several folders together (status and the interface, read-only).")
    /// `every command --read-only`.
    public static let globalReadOnly = HelpText(
        nl: "Alleen de gegevensmap lezen: de interface verandert niets, en een commando dat schrijft wordt geweigerd (voor een teamleider die de map van een adviseur bekijkt).",
        en: "Only read the data folder: the interface changes nothing, and a command that writes is refused (for a team lead looking at an adviser's folder).")
    /// `the commands on one dossier <municipality>`.
    public static let municipality = HelpText(
        nl: "Gemeente: CBS-code (GM0080) of naam, hoofdletters en accenten tellen niet; een uniek begin is genoeg.",
        en: "Municipality: CBS code (GM0080) or name, ignoring case and accents; a unique start is enough.")
}
