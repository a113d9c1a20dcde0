import BoomerangKit
import Foundation
import Testing

/// The incremental cache (PageCache) must never change what a build writes: after each kind of
/// change, a cached rebuild equals a clean build of the same inputs byte for byte.
@Suite(.serialized)
struct IncrementalBuildTests {
    /// Builds `root` into `output` (cache on) and a clean copy into a fresh folder (cache off), and compares.
    func rebuildMatchesClean(_ root: URL, _ output: URL, _ label: String) throws -> BuildReport {
        let report = try HandbookBuilder.build(BuildOptions(root: root, output: output))
        var clean = BuildOptions(root: root, output: TestProject.temporaryFolder(label).appendingPathComponent("out"))
        clean.useCache = false
        try HandbookBuilder.build(clean)
        let a = TestProject.snapshot(output), b = TestProject.snapshot(clean.output)
        #expect(a.keys.sorted() == b.keys.sorted(), "\(label): same files")
        for (path, bytes) in b where a[path] != bytes { Issue.record("\(label): \(path) differs from a clean build") }
        return report
    }

    func edit(_ root: URL, _ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit of \(path) changed nothing")
        try Data(changed.utf8).write(to: url)
    }

    @Test func cachedRebuildsEqualCleanBuildsAfterEachKindOfChange() throws {
        let root = try TestProject.copyOfExample()
        let output = root.appendingPathComponent("output")
        let first = try rebuildMatchesClean(root, output, "first")
        #expect(first.cached == 0)

        // Nothing changed: every page made from a template (dossiers, lists, managers, sections...)
        // comes from the cache.
        let again = try rebuildMatchesClean(root, output, "unchanged")
        let templatePages = TestProject.snapshot(output).keys.filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }
        #expect(templatePages.count > 240, "120 customers x (.html + .md), and the other pages")
        #expect(again.cached == templatePages.count)
        #expect(again.written == 0)

        // One order's amount: that customer's pages change; the cache may keep the others.
        try edit(root, "content/data/orders.csv") { $0.replacingOccurrences(of: "SO-100002,C050,2020-01-02,3638.85", with: "SO-100002,C050,2020-01-02,9638.85") }
        let order = try rebuildMatchesClean(root, output, "order")
        #expect(order.cached > 0 && order.cached < templatePages.count)

        // One order's date moves: the model refits, p(alive) charts move.
        try edit(root, "content/data/orders.csv") { $0.replacingOccurrences(of: "SO-100003,C056,2020-01-02", with: "SO-100003,C056,2020-03-02") }
        _ = try rebuildMatchesClean(root, output, "order-date")

        // An order's id and another's margin: shown only in the dossier's order list, which the
        // cache covers by the raw orders rather than by the formatted rows. A recent order's id is
        // on its customer's pages; an old one is summed into the row of earlier orders, which
        // shows no id, so no file changes.
        try edit(root, "content/data/orders.csv") { $0.replacingOccurrences(of: "SO-104609,", with: "SO-104609-B,") }
        let orderID = try rebuildMatchesClean(root, output, "order-id")
        #expect(orderID.written == 2, "the customer's .html and .md, nothing else")
        try edit(root, "content/data/orders.csv") { $0.replacingOccurrences(of: "SO-100004,", with: "SO-100004-B,") }
        let oldOrderID = try rebuildMatchesClean(root, output, "old-order-id")
        #expect(oldOrderID.written == 0, "an order summed into the earlier ones shows its id nowhere")
        try edit(root, "content/data/orders.csv") { $0.replacingOccurrences(of: "SO-100001,C039,2020-01-01,1310.61,226.25", with: "SO-100001,C039,2020-01-01,1310.61,326.25") }
        _ = try rebuildMatchesClean(root, output, "order-margin")

        // The newest orders' rows are fingerprinted from the whole list's fingerprint (a prefix of
        // it): an old order's amount, summed into the earlier orders' row, and a recent one's,
        // shown in its own row, must each reach the customer's pages (C054 has 192 orders).
        // A contact's date and a complaint's topic: drawn on the purchase timeline, whose events
        // the cache covers as columns of days, kinds and labels.
        let reachThePages = [
            ("old-order-amount", "orders.csv", "SO-100007,C054,2020-01-04,113.61", "SO-100007,C054,2020-01-04,213.61"),
            ("recent-order-amount", "orders.csv", "SO-102763,C054,2023-11-05,196.41", "SO-102763,C054,2023-11-05,196.42"),
            ("contact-date", "contacts.csv", "C049,2020-01-28,email", "C049,2020-02-28,email"),
            ("complaint-topic", "complaints.csv", "C020,2020-10-31,Paleți nereturnați", "C020,2020-10-31,Paleți lipsă"),
        ]
        for (name, file, before, after) in reachThePages {
            try edit(root, "content/data/" + file) { $0.replacingOccurrences(of: before, with: after) }
            #expect(try rebuildMatchesClean(root, output, name).written > 0, "\(name)")
        }

        // A playbook: every dossier may quote it, so nothing is reused.
        try edit(root, "content/playbooks/reasons/price.md") { $0 + "\nOne more sentence for the test.\n" }
        let playbook = try rebuildMatchesClean(root, output, "playbook")
        #expect(playbook.cached == 0)

        // A template.
        try edit(root, "templates/dossier.mustache") { $0 + "\n<!-- edited -->\n" }
        let template = try rebuildMatchesClean(root, output, "template")
        #expect(template.cached == 0)

        // The config.
        try edit(root, "content/handbook.yml") { $0.replacingOccurrences(of: "lost_factor: 1.33", with: "lost_factor: 1.5") }
        let config = try rebuildMatchesClean(root, output, "config")
        #expect(config.cached == 0)

        // A customer's name (its own row only).
        try edit(root, "content/data/customers.csv") { $0.replacingOccurrences(of: "Lakeshore Development Group", with: "Lakeshore Development Group Ltd") }
        let name = try rebuildMatchesClean(root, output, "customer")
        #expect(name.cached > 0)
    }

    @Test func outputChangedBySomethingElseIsNotTrusted() throws {
        let root = try TestProject.copyOfExample()
        let output = root.appendingPathComponent("output")
        try HandbookBuilder.build(BuildOptions(root: root, output: output))
        // Another tool replaces the output folder: the cache no longer describes it.
        try FileManager.default.removeItem(at: output)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let report = try rebuildMatchesClean(root, output, "replaced")
        #expect(report.cached == 0)
    }

    /// The same folder (same inode) filled again by something else with an older build, as
    /// when a deleted output folder's inode number is reused: the cache must not trust it, or
    /// it would keep stale pages (KilledBuildTests once saw such a mix under load).
    @Test func outputRewrittenInPlaceIsNotTrusted() throws {
        let fm = FileManager.default
        let root = try TestProject.copyOfExample()
        let output = root.appendingPathComponent("output")
        try HandbookBuilder.build(BuildOptions(root: root, output: output))
        let old = TestProject.snapshot(output)
        try edit(root, "content/handbook.yml") { $0.replacingOccurrences(of: "lost_factor: 1.33", with: "lost_factor: 1.2") }
        try HandbookBuilder.build(BuildOptions(root: root, output: output))   // the cache now describes this build
        for item in try fm.contentsOfDirectory(atPath: output.path) { try fm.removeItem(at: output.appendingPathComponent(item)) }
        for (path, data) in old {
            let url = output.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let report = try rebuildMatchesClean(root, output, "rewritten")
        #expect(report.cached == 0)
    }
}
