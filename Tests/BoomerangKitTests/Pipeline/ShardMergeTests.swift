import BoomerangKit
import Foundation
import Testing

/// `build --shard i/n` is meant for a CI job matrix: each job builds one shard, and a plain copy of
/// all shard folders into one must give exactly the folder a single build writes.
@Suite struct ShardMergeTests {
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func exampleShardsMergeIntoTheWholeBuild() throws {
        let root = try TestProject.copyOfExample()
        try expectShardsMerge(root: root, count: 3)
    }

    /// Three customers in five shards: shards without any customer still build (an empty folder) and merge.
    @Test func moreShardsThanCustomersStillMerge() throws {
        let root = TestProject.temporaryFolder()
        for (from, to) in [(Fixtures.validMinimal.appendingPathComponent("content"), "content"),
                           (TestProject.repository.appendingPathComponent("templates"), "templates")] {
            try FileManager.default.copyItem(at: from, to: root.appendingPathComponent(to))
        }
        try expectShardsMerge(root: root, count: 5)
    }

    /// Skipped records go to data/rejected.csv, a shared file: it must be written once, by shard 1.
    @Test func keepGoingShardsMergeWithTheRejectedRecords() throws {
        let root = try TestProject.copyOfExample()
        let orders = root.appendingPathComponent("content/data/orders.csv")
        let text = try String(contentsOf: orders, encoding: .utf8) + "X-BAD-1,NO-SUCH-CUSTOMER,2023-02-28,12,5\n"
        try Data(text.utf8).write(to: orders)
        let whole = try expectShardsMerge(root: root, count: 2, keepGoing: true)
        #expect(whole["data/rejected.csv"] != nil)
    }

    /// A synthetic project (the benchmark generator, 150 customers) with Cyrillic and Persian names.
    @Test(.enabled(if: python != nil, "python3 is needed to run scripts/generate-synthetic.py"))
    func syntheticShardsMergeIntoTheWholeBuild() throws {
        let root = try TestProject.synthetic(customers: 150, seed: 11)
        try expectShardsMerge(root: root, count: 4)
    }

    /// Builds `root` whole and as `count` shards, copies the shard folders into one and compares.
    /// Returns the whole build's files.
    @discardableResult
    func expectShardsMerge(root: URL, count: Int, keepGoing: Bool = false) throws -> [String: Data] {
        let work = TestProject.temporaryFolder("shards\(count)")
        var options = BuildOptions(root: root, output: work.appendingPathComponent("whole"))
        options.keepGoing = keepGoing
        try HandbookBuilder.build(options)
        let whole = TestProject.snapshot(work.appendingPathComponent("whole"))

        let merged = work.appendingPathComponent("merged")
        try FileManager.default.createDirectory(at: merged, withIntermediateDirectories: true)
        var writer: [String: Int] = [:]
        for i in 1...count {
            let out = work.appendingPathComponent("shard\(i)")
            options.output = out
            options.shard = Shard("\(i)/\(count)")
            try HandbookBuilder.build(options)
            let files = TestProject.snapshot(out)
            if i > 1 { #expect(files["index.html"] == nil, "shard \(i) wrote a shared page") }
            for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
                // A plain copy (cp -r) would silently keep the last shard's file: no path may come twice.
                if let first = writer[path] { Issue.record("\(path) written by shards \(first) and \(i)") }
                writer[path] = i
                let target = merged.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: target)
            }
        }
        let copy = TestProject.snapshot(merged)
        #expect(copy.keys.sorted() == whole.keys.sorted(), "the merged shards hold other files than the single build")
        var differing: [String] = []
        for (path, bytes) in whole where copy[path] != nil && copy[path] != bytes { differing.append(path) }
        #expect(differing.isEmpty, "differ from the single build: \(differing.sorted().prefix(10))")
        #expect(whole.count > 0)
        return whole
    }
}
