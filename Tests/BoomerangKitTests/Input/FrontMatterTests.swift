import Testing
@testable import BoomerangKit

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBody() throws {
        let fm = try FrontMatter.split("\u{FEFF}---\r\nid: a\r\ntitle: A\r\n---\r\nBody\r\n## Min\r\n").get()
        #expect(fm.yaml == "id: a\ntitle: A")
        #expect(fm.yamlFirstLine == 2)
        #expect(fm.body == "Body\n## Min\n")
        #expect(fm.bodyFirstLine == 5)
    }

    @Test func missingOrUnclosed() {
        #expect(FrontMatter.split("# Title\n") == .failure(.init(line: 1, message:
            "missing front matter: a playbook starts with a line '---', then id, title and kind, then '---'")))
        #expect(FrontMatter.split("---\nid: a\n") == .failure(.init(line: 1, message:
            "the front matter opened here is never closed with a line '---'")))
        #expect(FrontMatter.split("") == .failure(.init(line: 1, message:
            "missing front matter: a playbook starts with a line '---', then id, title and kind, then '---'")))
    }

    @Test func sectionsSkipCodeFences() {
        let body = "Intro\n\n## Minimum ##\nA\n```\n## not a heading\n```\n\n## Normal\nB\n### Sub\nC\n##NoSpace\n"
        let s = MarkdownSections.split(body, firstLine: 10)
        #expect(s.map(\.heading) == ["Minimum", "Normal"])
        #expect(s.map(\.line) == [12, 18])
        #expect(s[0].markdown == "A\n```\n## not a heading\n```")
        #expect(s[1].markdown == "B\n### Sub\nC\n##NoSpace")
    }
}
