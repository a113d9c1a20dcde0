@testable import BoomerangKit
import Testing

/// A render thread's own copy of the templates (BoundBlock.privateCopy): the same pages, from
/// objects and arrays that nothing else holds, so two threads never count references on the
/// same memory.
@Suite struct PrivateCopyTests {
    @Test func aPrivateCopyRendersEveryPageTheSame() throws {
        let source = try DossierSource.load(root: TestProject.repository)
        let shared = PageRenderer(site: source.site, assets: [:])
        let own = shared.privateCopy()
        var compared = 0
        for page in SitePlanner.plan(source.site, assets: []) {
            guard let a = shared.view(page), let b = own.view(page) else { continue }
            #expect(a.render() == b.render(), "\(page.path)")
            compared += 1
        }
        #expect(compared > 50)
    }

    @Test func aPrivateCopySharesNoObjectOrArray() throws {
        let templates = try DossierSource.load(root: TestProject.repository).site.templates
        let copy = templates.privateCopy()
        #expect(Set(copy.pages.keys) == Set(templates.pages.keys))
        #expect(Set(copy.layouts.keys) == Set(templates.layouts.keys))
        var ops = 0
        for (name, block) in templates.pages { ops += try distinct(block, try #require(copy.pages[name])) }
        for (name, block) in templates.layouts { ops += try distinct(block, try #require(copy.layouts[name])) }
        #expect(ops > 100)
    }

    /// Checks that `b` is `a` instruction for instruction, in other objects and buffers; returns
    /// the instructions compared.
    private func distinct(_ a: BoundBlock, _ b: BoundBlock) throws -> Int {
        #expect(a !== b)
        try #require(a.ops.count == b.ops.count)
        var n = a.ops.count
        for (x, y) in zip(a.ops, b.ops) {
            switch (x, y) {
            case let (.text(s), .text(t)):
                #expect(s !== t && s.bytes == t.bytes && s.lineStarts == t.lineStarts)
                #expect(apart(s.bytes, t.bytes) && apart(s.lineStarts, t.lineStarts))
            case let (.value(p, e), .value(q, f)):
                #expect(e == f && p.up == q.up && p.steps == q.steps && apart(p.steps, q.steps))
            case let (.current(e), .current(f)):
                #expect(e == f)
            case let (.constant(s), .constant(t)):
                #expect(s == t && apart(s, t))
            case let (.section(p, body, i), .section(q, other, j)):
                #expect(i == j && p.up == q.up && p.steps == q.steps && apart(p.steps, q.steps))
                n += try distinct(body, other)
            case let (.fixedSection(s, body), .fixedSection(t, other)):
                #expect(s == t)
                n += try distinct(body, other)
            case let (.partial(body, i), .partial(other, j)):
                #expect(i == j && apart(i ?? [], j ?? []))
                n += try distinct(body, other)
            default:
                Issue.record("instructions differ: \(x) and \(y)")
            }
        }
        return n
    }

    /// Whether two arrays live in different buffers (empty arrays share the one empty buffer).
    private func apart<T>(_ a: [T], _ b: [T]) -> Bool {
        a.isEmpty || a.withUnsafeBufferPointer { p in b.withUnsafeBufferPointer { q in p.baseAddress != q.baseAddress } }
    }
}
