import BoomerangKit
import Foundation
import Testing

/// `boomerang serve` on a free loopback port: edits show up, errors show up and go away, files
/// on disk stay exactly what `boomerang build` writes, nothing outside the output is served.
@Suite(.serialized) struct ServeEndToEndTests {
    /// A served copy of the example (or of the small fixture handbook, which builds in a
    /// fraction of the time).
    func start(_ name: String = #function, example: Bool = false, files: [String: String] = [:]) async throws -> (server: ServeProcess, port: UInt16, root: URL) {
        let root = try example ? TestProject.copyOfExample(name) : ServeProject.minimal(name)
        for (path, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(path)) }
        let server = try await ServeProcess.start(root: root)
        return (server, server.port, root)
    }

    @Test func editsReloadAndBuildErrorsShowThenClear() async throws {
        let (server, port, root) = try await start(example: true)

        // The front page, with the reload script in the response but not in the file.
        let front = try await HTTPProbe.fetch(port: port, "/")
        #expect(front.status == 200)
        #expect(front.headers["content-type"] == "text/html; charset=utf-8")
        #expect(front.text.contains("new EventSource(\"/__boomerang/events\")"))
        let onDisk = try Data(contentsOf: root.appendingPathComponent("output/index.html"))
        #expect(!String(decoding: onDisk, as: UTF8.self).contains("__boomerang"))
        #expect(front.text.replacingOccurrences(of: #"<script>/\* boomerang serve[\s\S]*?</script>\n"#, with: "", options: .regularExpression)
            == String(decoding: onDisk, as: UTF8.self))

        let events = try EventStreamProbe(port: port)
        #expect(await events.wait(for: "event: hello", seconds: 10))

        // Edit a playbook: the page shows the new text within a bounded wait, open pages get "reload".
        let page = try pagePath(root, containing: "Rumours are not enough")
        let playbook = root.appendingPathComponent("content/playbooks/reasons/bankrupt.md")
        let text = try String(contentsOf: playbook, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Rumours are not enough", with: "Gossip is not enough").utf8).write(to: playbook)
        let edited = try await HTTPProbe.poll(seconds: ServeProject.rebuildWait, port: port, page) { $0.text.contains("Gossip is not enough") }
        #expect(edited.status == 200)
        #expect(edited.text.contains("Gossip is not enough"))
        #expect(await events.wait(for: "event: reload", seconds: 10))

        // Break a template: every page shows the problem (escaped), open pages get it pushed,
        // assets and the last good build stay served.
        let template = root.appendingPathComponent("templates/playbook.mustache")
        let good = try Data(contentsOf: template)
        try Data("{{> no-such-part}}\n".utf8 + good).write(to: template)
        let broken = try await HTTPProbe.poll(seconds: ServeProject.rebuildWait, port: port, page) { $0.status == 500 }
        #expect(broken.status == 500)
        #expect(broken.text.contains("templates/playbook.mustache:1:1: unknown partial &#39;no-such-part&#39;"))
        #expect(await events.wait(for: "event: build-error", seconds: 10))
        #expect(events.received.contains("data: templates/playbook.mustache:1:1: unknown partial 'no-such-part'"))
        #expect(try await HTTPProbe.fetch(port: port, "/").status == 500)
        #expect(try await HTTPProbe.fetch(port: port, "/assets/style.css").status == 200)
        let kept = try String(contentsOf: root.appendingPathComponent("output" + page), encoding: .utf8)
        #expect(kept.contains("Gossip is not enough"))
        // A page opened now learns of the problem as soon as it connects.
        let late = try EventStreamProbe(port: port)
        #expect(await late.wait(for: "event: build-error", seconds: 10))

        // Fix it: the page is back, open pages reload.
        try good.write(to: template)
        let fixed = try await HTTPProbe.poll(seconds: ServeProject.rebuildWait, port: port, page) { $0.status == 200 }
        #expect(fixed.status == 200)
        #expect(fixed.text.contains("Gossip is not enough"))
        #expect(await late.wait(for: "event: reload", seconds: 10))

        #expect(try await server.stop() == 0)
        #expect(server.stderr.contains("templates/playbook.mustache:1:1: unknown partial 'no-such-part'"))
        // The output is byte-identical to a plain build of the same sources.
        let plain = TestProject.temporaryFolder("plain").appendingPathComponent("site")
        try HandbookBuilder.build(BuildOptions(root: root, output: plain))
        #expect(TestProject.snapshot(root.appendingPathComponent("output")) == TestProject.snapshot(plain))
    }

    @Test func contentTypesIndexesRedirectsAnd404() async throws {
        let svgMark = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>"#
        let (server, port, _) = try await start(files: ["templates/assets/mark.svg": svgMark])
        let expected = [
            "/assets/mark.svg": "image/svg+xml; charset=utf-8",
            "/assets/style.css": "text/css; charset=utf-8",
            "/data/summary.json": "application/json; charset=utf-8",
            "/data/customers.csv": "text/csv; charset=utf-8",
            "/customers/index.html": "text/html; charset=utf-8",
        ]
        for (path, type) in expected {
            let r = try await HTTPProbe.fetch(port: port, path)
            #expect(r.status == 200, "\(path)")
            #expect(r.headers["content-type"] == type, "\(path)")
        }
        let output = server.root.appendingPathComponent("output")
        let md = try #require(firstFile(output, suffix: ".md"))
        #expect(try await HTTPProbe.fetch(port: port, "/" + md).headers["content-type"] == "text/markdown; charset=utf-8")

        // A folder: its index.html; without the slash, a redirect so relative links work.
        let folder = try await HTTPProbe.fetch(port: port, "/customers/")
        #expect(folder.status == 200)
        #expect(folder.text.contains("__boomerang/events"))
        let redirect = try await HTTPProbe.fetch(port: port, "/customers")
        #expect(redirect.status == 302)
        #expect(redirect.headers["location"] == "/customers/")

        let missing = try await HTTPProbe.fetch(port: port, "/no/such/%3Cpage%3E.html")
        #expect(missing.status == 404)
        #expect(missing.text.contains("&lt;page&gt;"))
        #expect(!missing.text.contains("<page>"))

        let head = try await HTTPProbe.fetch(port: port, "/assets/style.css", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == String(try Data(contentsOf: output.appendingPathComponent("assets/style.css")).count))
        #expect(try await HTTPProbe.fetch(port: port, "/", method: "POST").status == 405)
        #expect(try await server.stop() == 0)
    }

    @Test func nothingOutsideTheOutputFolderIsServed() async throws {
        let (server, port, root) = try await start()
        try Data("top secret\n".utf8).write(to: root.appendingPathComponent("secret.txt"))
        for target in ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/..%2fsecret.txt",
                       "/assets/%2e%2e/%2e%2e/secret.txt", "/./../content/handbook.yml", "//../secret.txt",
                       "/..\\secret.txt", "/%2e%2e%5csecret.txt"] {
            let r = try await HTTPProbe.fetch(port: port, target)
            #expect(r.status != 200 || !r.text.contains("top secret"), "\(target)")
            #expect(!r.text.contains("top secret"), "\(target)")
            #expect(!r.text.contains("as_of"), "\(target)")
        }
        #expect(try await server.stop() == 0)
    }

    /// The site path of the one page whose file contains `text`.
    func pagePath(_ root: URL, containing text: String) throws -> String {
        let output = root.appendingPathComponent("output")
        let files = TestProject.snapshot(output).filter { $0.key.hasSuffix(".html") && String(decoding: $0.value, as: UTF8.self).contains(text) }
        let page = try #require(files.keys.sorted().first { $0.hasPrefix("playbooks/") })
        return "/" + page
    }

    func firstFile(_ output: URL, suffix: String) -> String? {
        TestProject.snapshot(output).keys.sorted().first { $0.hasSuffix(suffix) }
    }
}
