@testable import BoomerangServe
import Foundation
import Testing

/// Request paths onto files: only inside the output folder, folders through index.html.
@Suite struct SitePathTests {
    /// out/index.html, out/a/index.html, out/a/b.css, secret.txt beside out/, and out/leak -> ../secret.txt.
    func tree() throws -> URL {
        let dir = TestProject.temporaryFolder()
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("a/empty"), withIntermediateDirectories: true)
        try Data("home".utf8).write(to: out.appendingPathComponent("index.html"))
        try Data("a".utf8).write(to: out.appendingPathComponent("a/index.html"))
        try Data("b".utf8).write(to: out.appendingPathComponent("a/b.css"))
        try Data("secret".utf8).write(to: dir.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("leak").path, withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("up").path, withDestinationPath: "..")
        return out
    }

    @Test func filesFoldersAndRedirects() throws {
        let out = try tree()
        let base = out.standardizedFileURL.path
        #expect(SitePath.resolve("/", in: out) == .file(base + "/index.html"))
        #expect(SitePath.resolve("/a/", in: out) == .file(base + "/a/index.html"))
        #expect(SitePath.resolve("/a/b.css", in: out) == .file(base + "/a/b.css"))
        #expect(SitePath.resolve("/a", in: out) == .redirect("/a/"))
        #expect(SitePath.resolve("/a/empty/", in: out) == .notFound)
        #expect(SitePath.resolve("/a/missing.html", in: out) == .notFound)
        #expect(SitePath.resolve("", in: out) == .notFound)
    }

    @Test func nothingOutside() throws {
        let out = try tree()
        for path in ["/../secret.txt", "/a/../../secret.txt", "/./index.html", "/leak", "/up/secret.txt",
                     "/a\\..\\..\\secret.txt", "/index.html\0.css"] {
            #expect(SitePath.resolve(path, in: out) == .notFound, "\(path)")
        }
    }

    @Test func contentTypes() {
        #expect(ContentTypes.forPath("x/index.html") == "text/html; charset=utf-8")
        #expect(ContentTypes.forPath("a.CSS") == "text/css; charset=utf-8")
        #expect(ContentTypes.forPath("c.svg") == "image/svg+xml; charset=utf-8")
        #expect(ContentTypes.forPath("d.js") == "text/javascript; charset=utf-8")
        #expect(ContentTypes.forPath("e.json") == "application/json; charset=utf-8")
        #expect(ContentTypes.forPath("f.csv") == "text/csv; charset=utf-8")
        #expect(ContentTypes.forPath("g.md") == "text/markdown; charset=utf-8")
        #expect(ContentTypes.forPath("h.png") == "image/png")
        #expect(ContentTypes.forPath("no-extension") == "application/octet-stream")
        #expect(ContentTypes.forPath("dir.d/file") == "application/octet-stream")
    }

    @Test func scriptGoesBeforeTheLastBodyClose() {
        let page = Array("<html><body><p>&lt;/body&gt;</p></BODY>\n</html>\n".utf8)
        let out = String(decoding: LiveReload.inject(into: page, generation: 7), as: UTF8.self)
        #expect(out.hasPrefix("<html><body><p>&lt;/body&gt;</p><script>"))
        #expect(out.hasSuffix("</script>\n</BODY>\n</html>\n"))
        #expect(out.contains("var served = \"7\""))
        let bare = String(decoding: LiveReload.inject(into: Array("plain".utf8), generation: 1), as: UTF8.self)
        #expect(bare.hasPrefix("plain<script>"))
    }

    @Test func errorPageEscapesProblems() {
        let html = String(decoding: ServePages.buildError(["content/a.md:1:2: bad <b>&\"'"], generation: 1), as: UTF8.self)
        #expect(html.contains("content/a.md:1:2: bad &lt;b&gt;&amp;&quot;&#39;"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("Build failed: 1 problem<"))
    }

    @Test func eventMessagesPrefixEveryLine() {
        let m = String(decoding: EventHub.message("build-error", "a:1:1: x\nb:2:2: y"), as: UTF8.self)
        #expect(m == "event: build-error\ndata: a:1:1: x\ndata: b:2:2: y\n\n")
    }

    @Test func snapshotsSeeEditsAdditionsAndRemovals() throws {
        let root = TestProject.temporaryFolder()
        let content = root.appendingPathComponent("content/playbooks")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("one".utf8).write(to: content.appendingPathComponent("a.md"))
        let first = SourceSnapshot.take(root: root, folders: ["content", "templates"])
        #expect(first.files.keys.sorted() == ["content/playbooks/a.md"])
        try Data("one!".utf8).write(to: content.appendingPathComponent("a.md"))
        try Data("x".utf8).write(to: content.appendingPathComponent(".a.md.swp"))
        let second = SourceSnapshot.take(root: root, folders: ["content", "templates"])
        #expect(second.changes(since: first) == ["content/playbooks/a.md"])
        try FileManager.default.removeItem(at: content.appendingPathComponent("a.md"))
        try Data("two".utf8).write(to: content.appendingPathComponent("b.md"))
        let third = SourceSnapshot.take(root: root, folders: ["content", "templates"])
        #expect(third.changes(since: second) == ["content/playbooks/a.md", "content/playbooks/b.md"])
        // An output folder inside content/ is not a source: building must not trigger a build.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/site"), withIntermediateDirectories: true)
        try Data("<p>".utf8).write(to: root.appendingPathComponent("content/site/index.html"))
        let fourth = SourceSnapshot.take(root: root, folders: ["content"], skipping: root.appendingPathComponent("content/site"))
        #expect(fourth == third)
    }
}
