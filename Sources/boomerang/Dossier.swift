import ArgumentParser
import BoomerangKit
import Foundation

extension PaperSize: ExpressibleByArgument {}

/// `boomerang dossier C014`: one customer's dossier as a page, Markdown, an email or a PDF.
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one customer's dossier (HTML by default) without building the site.",
        // Written out so that it wraps within 80 columns; the generated one is a single line.
        usage: """
            boomerang dossier <customer-id> [--format html|md|eml|pdf]
                              [--paper a4|letter] [--output FILE] [--root DIR]
                              [--as-of YYYY-MM-DD]
            """,
        discussion: """
        html is the site's customers/<id>.html with the stylesheet inlined; md its Markdown copy; \
        eml the email the `mail` command would send to the customer's manager; pdf the page \
        printed by headless Chromium (needs the chromium package), on Letter paper for a locale \
        of the US or Canada and A4 elsewhere unless --paper says otherwise, with the customer's \
        name and the page numbers in the footer.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, md, eml, pdf }

    @Argument(help: "The customer's id, as in customers.csv.")
    var customerID: String

    @Option(name: .long, help: "html, md, eml or pdf.")
    var format: Format = .html

    @Option(name: .long, help: ArgumentHelp("Write to FILE instead of standard output (pdf needs it or writes <id>.pdf).", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Paper for --format pdf (default: letter for a US or Canadian locale, a4 elsewhere).", valueName: "a4|letter"))
    var paper: PaperSize?

    @OptionGroup var project: ProjectOptions

    func validate() throws {
        if paper != nil && format != .pdf {
            throw ValidationError("--paper applies to --format pdf only")
        }
    }

    func run() throws {
        let options = try project.buildOptions(output: nil)
        let source: DossierSource
        do { source = try DossierSource.load(root: options.root, asOf: options.asOf, options: options.loadOptions) } catch let f as BuildFailure { fail(f) }
        guard let c = source.customer(id: customerID) else {
            let ids = source.site.model.customers.map { NameSuggestion.Candidate(name: $0.id, title: $0.name) }
            note("boomerang: no customer with id \"\(customerID)\" in content/data/customers.csv"
                 + NameSuggestion.hint(customerID, ids, what: "ids such as"))
            Foundation.exit(1)
        }
        let bytes: [UInt8]
        var destination = output
        do {
            switch format {
            case .html: bytes = Array(source.standaloneHTML(c).utf8)
            case .md: bytes = Array(source.markdown(c).utf8)
            case .eml:
                let manager = try source.recipient(c)
                bytes = try source.email(c, step: source.site.plan(c).first, to: manager).bytes
            case .pdf:
                bytes = try PDFPrinter.pdf(html: source.standaloneHTML(c), name: source.stem(c), page: source.pdfPageStyle(c, paper: paper))
                if destination == nil { destination = source.stem(c) + ".pdf" }
            }
            try source.checkStrings()
        } catch let f as BuildFailure {
            fail(f)
        } catch {
            note("boomerang: \(error)")
            Foundation.exit(1)
        }
        if let destination {
            do { try Data(bytes).write(to: URL(fileURLWithPath: destination), options: .atomic) } catch {
                note("boomerang: cannot write \(destination): \(error.localizedDescription)")
                Foundation.exit(1)
            }
            if format == .pdf { note("wrote \(destination)") }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
