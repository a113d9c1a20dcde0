import ArgumentParser
import BoomerangKit
import Foundation

/// `boomerang mail`: the week's dossier emails, one .eml per customer with a step due soon.
struct Mail: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one dossier email (.eml) per customer with a plan step due soon, addressed to their manager.",
        discussion: """
        The folder (default ROOT/mail, beside the site so the site's atomic swap never touches it) \
        receives <customer>.eml files; .eml files of an earlier run that are not due now are removed, \
        so `for f in mail/*.eml; do sendmail -t < "$f"; done` sends exactly this run's messages. \
        Customers whose manager has no email in managers.csv are listed as skipped on stderr.
        """
    )

    @Option(name: .long, help: ArgumentHelp("Only this manager's customers (name as in customers.csv).", valueName: "NAME"))
    var manager: String?

    @Option(name: .long, help: ArgumentHelp("Steps due within this many days of as_of (default: handbook.yml's mail_within_days, 7).", valueName: "DAYS"))
    var within: Int?

    @Option(name: .long, help: ArgumentHelp("Where to write the .eml files (default: ROOT/mail).", valueName: "DIR"))
    var output: String?

    @Flag(name: .long, help: "Attach the dossier as a PDF (needs Chromium).")
    var pdf = false

    @OptionGroup var project: ProjectOptions

    func run() throws {
        let options = try project.buildOptions(output: nil)
        if let within, within < 0 { throw ValidationError("--within: expected a number of days >= 0") }
        if pdf, PDFPrinter.chromium() == nil {
            note("boomerang: PDF needs Chromium (apt-get install chromium)")
            Foundation.exit(1)
        }
        let source: DossierSource
        do { source = try DossierSource.load(root: options.root, asOf: options.asOf, options: options.loadOptions) } catch let f as BuildFailure { fail(f) }
        let dir = output.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? options.root.appendingPathComponent("mail", isDirectory: true)
        let days = within ?? source.site.model.config.mailWithinDays
        if let manager, !source.site.managerNames.contains(manager) {
            let names = source.site.managerNames.sorted().map { NameSuggestion.Candidate(name: $0) }
            note("boomerang: no manager named \"\(manager)\" in customers.csv or managers.csv"
                 + NameSuggestion.hint(manager, names, what: "managers"))
            Foundation.exit(1)
        }
        do {
            let report = try MailRun.write(source, to: dir, within: days, manager: manager, pdf: pdf)
            try source.checkStrings()
            let customers = source.site.model.customers
            for s in report.skipped { note("skipped \(customers[s.customer].id) (\(customers[s.customer].name)): \(s.reason)") }
            note("mail: \(report.written) written, \(report.unchanged) unchanged, \(report.skipped.count) skipped, \(report.removed) old removed; steps due by \(report.lastDay.iso) (as of \(source.site.model.asOf.iso) + \(days) days) in \(dir.path)")
        } catch let f as BuildFailure {
            fail(f)
        } catch {
            note("boomerang: \(error)")
            Foundation.exit(1)
        }
    }
}
