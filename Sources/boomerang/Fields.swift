import ArgumentParser
import BoomerangKit

/// `boomerang fields`: the fields every template may use, as the Markdown of docs/templates.md.
struct Fields: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the fields each template may use (type and meaning), as Markdown.",
        discussion: "The same reference as docs/templates.md, made from the page models: a name not listed for a template stops the build.")

    func run() throws {
        print(TemplateReference.markdown(), terminator: "")
    }
}
