@testable import BoomerangKit
import BoomerangModel
import Foundation
import Testing

/// The page models' schemas, the fingerprints made from them, and the placeholder filling the
/// models' sentences go through.
@Suite struct PageModelTests {
    static func sites() throws -> [SiteContext] {
        [try DossierSource.load(root: TestProject.repository).site, try DossierEmailTests.source().site]
    }

    /// Every model's schema lists each name once (a lifted part's field shadowed by the model's
    /// own is the one exception, and is listed first), and every field has a meaning for the reference.
    @Test func schemasNameEveryFieldOnceWithAMeaning() {
        for binding in PageBinding.all {
            for case .model(let schema) in binding.scopes {
                var seen = Set<ObjectIdentifier>()
                func walk(_ s: TemplateSchema) {
                    guard seen.insert(ObjectIdentifier(s)).inserted else { return }
                    for f in s.fields {
                        #expect(!f.doc.isEmpty, "\(s.name).\(f.name) has no meaning")
                        if let inner = f.kind.itemSchema { walk(inner) }
                    }
                }
                walk(schema)
            }
        }
    }

    @Test func placeholdersFillAsFoundationReplacesThem() throws {
        let dir = TestProject.repository.appendingPathComponent("templates/strings")
        var templates: [String] = ["{0}", "{0}{0}{1}", "{{0}}", "{0}́ x", "ы{0}", "{1} before {0}", "{9}", "{a}", "{", "}{0}{",
                                   "{0} и {1}", "", "no placeholders"]
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".yml") {
            let language = String(file.dropLast(4))
            let strings = try StringsFile.read(root: TestProject.repository, language: language).strings(language: language)
            templates += strings.values.values
            templates += strings.plurals.values.flatMap(\.values)
        }
        let argSets: [[String]] = [[], ["7"], ["5 days", "every 30 days"], ["", "€", "۱۲"], ["1", "2", "3", "4"]]
        for t in templates {
            // Where the reference is right: no placeholder next to a non-ASCII byte (Foundation
            // compares Characters, and "{0}" + a combining mark is not "{0}" to it), none right
            // after a brace ("{{0}}" becomes "{1}", which the reference then replaces again).
            let bytes = Array(t.utf8)
            let combining = bytes.indices.contains { i in
                (bytes[i] == UInt8(ascii: "}") && i + 1 < bytes.count && bytes[i + 1] >= 0x80)
                    || (bytes[i] == UInt8(ascii: "{") && i > 0 && (bytes[i - 1] >= 0x80 || bytes[i - 1] == UInt8(ascii: "{")))
            }
            for args in argSets where !combining {
                #expect(InterfaceStrings.fill(t, args) == Self.foundationFill(t, args), "\(t.debugDescription) \(args)")
            }
        }
        // Where it is wrong: an argument is not searched again, a mark after a placeholder does not hide it.
        #expect(InterfaceStrings.fill("{0} and {1}", ["{1}", "X"]) == "{1} and X")
        #expect(Self.foundationFill("{0} and {1}", ["{1}", "X"]) == "X and X")
        #expect(InterfaceStrings.fill("{{0}}", ["1", "2"]) == "{1}")
        let marked = "{0}\u{301} x"
        #expect(Array(InterfaceStrings.fill(marked, ["a"]).utf8) == Array("a\u{301} x".utf8))
    }

    /// The reference for `fill`: Foundation's replacement, one placeholder after the other.
    static func foundationFill(_ template: String, _ args: [String]) -> String {
        var text = template
        for (i, a) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: a) }
        return text
    }

    /// A model's fingerprint changes with any field, nested ones and the order of items too.
    /// (A model is finished before it is fingerprinted: the dossier keeps its fingerprint.)
    @Test func modelFingerprintsFollowEveryField() {
        func print(_ configure: (DossierPage) -> Void) -> Fingerprint {
            let d = DossierPage()
            d.churnEvents = [ChurnEventRow(date: "1", reasons: [ReasonLink(id: "price"), ReasonLink(id: "service")])]
            configure(d)
            var f = Fingerprint()
            f.add(model: d)
            return f
        }
        let base = print { _ in }
        #expect(print { _ in } == base)
        let city = print { $0.row.city = "Oslo" }
        #expect(city != base)
        #expect(print { $0.row.city = "Oslo"; $0.churnEvents[0].reasons.reverse() } != city)
        #expect(print { $0.row.city = "Oslo"; $0.hasMargin = true } != city)
        // Text split differently between two fields is a change.
        #expect(print { $0.contactName = "ab"; $0.contactRole = "c" } != print { $0.contactName = "a"; $0.contactRole = "bc" })
        // A sealed customer row fingerprints what it held when sealed.
        let row = CustomerRow()
        row.name = "x"
        row.seal()
        var sealed = Fingerprint(), walked = Fingerprint()
        sealed.add(model: row)
        let other = CustomerRow()
        other.name = "y"
        other.seal()
        walked.add(model: other)
        #expect(sealed != walked)
    }

    /// Chart inputs are fingerprinted from their encoding: every stored property counts.
    @Test func encodedFingerprintsFollowEveryProperty() {
        struct Inner: Encodable { var a: [Int]; var b: String? }
        struct Outer: Encodable { var x: [Inner]; var y: Double }
        let one = Outer(x: [Inner(a: [1, 2], b: nil), Inner(a: [3], b: "z")], y: 1)
        let moved = Outer(x: [Inner(a: [1], b: nil), Inner(a: [2, 3], b: "z")], y: 1)
        let named = Outer(x: [Inner(a: [1, 2], b: ""), Inner(a: [3], b: "z")], y: 1)
        let prints = [one, moved, named, Outer(x: one.x, y: 1.0000001)].map { FingerprintEncoding.fingerprint($0) }
        #expect(Set(prints).count == 4)
        #expect(FingerprintEncoding.fingerprint(one) == FingerprintEncoding.fingerprint(Outer(x: one.x, y: 1)))
    }

    /// The column fast path mixes the same words as the generic Encodable path, on random
    /// columns of every kind it takes and on the values around them it does not.
    @Test func columnFingerprintsEqualTheGenericPath() {
        struct Row: Encodable { var name: String; var days: [Int] }
        struct Inputs: Encodable {
            var n: Int; var values: [Double]; var days: [Int]; var ids: [String]
            var margins: [Double?]; var rows: [Row]; var last: Int?
        }
        var random = SeededRandom(state: 22)
        func ints() -> [Int] { (0..<Int.random(in: 0...20, using: &random)).map { _ in Int.random(in: -99_999...99_999, using: &random) } }
        for _ in 0..<300 {
            let count = Int.random(in: 0...30, using: &random)
            let inputs = Inputs(
                n: Int.random(in: 0...9, using: &random),
                values: (0..<count).map { _ in Double.random(in: -1e6...1e6, using: &random) },
                days: ints(),
                ids: ints().map { "SO-\($0)" },
                margins: (0..<count).map { _ in Bool.random(using: &random) ? nil : Double.random(in: 0...100, using: &random) },
                rows: (0..<Int.random(in: 0...3, using: &random)).map { _ in Row(name: "r", days: ints()) },
                last: Bool.random(using: &random) ? nil : 7)
            #expect(FingerprintEncoding.fingerprint(inputs) == FingerprintEncoding.fingerprint(inputs, columns: false))
        }
        // A column's values still count one by one: moving a value between columns changes it.
        let a = Inputs(n: 1, values: [1, 2], days: [3], ids: [], margins: [nil], rows: [], last: nil)
        var b = a
        b.values = [1]; b.margins = [2, nil]
        #expect(FingerprintEncoding.fingerprint(a) != FingerprintEncoding.fingerprint(b))
    }

    /// Every dossier of a handbook gets its own fingerprint, and the same one twice.
    @Test func dossierFingerprintsDiffer() throws {
        for site in try Self.sites() {
            let renderer = PageRenderer(site: site, assets: [:])
            let prints = site.model.customers.indices.map { c in
                renderer.view(PlannedPage(path: "customers/x.html", kind: .dossier(c)))!.fingerprint()
            }
            #expect(Set(prints).count == prints.count)
            #expect(renderer.view(PlannedPage(path: "customers/x.html", kind: .dossier(0)))!.fingerprint() == prints[0])
        }
    }
}
