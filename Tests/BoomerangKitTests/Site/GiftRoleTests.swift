@testable import BoomerangKit
import BoomerangModel
import Foundation
import Testing

/// The gifts playbook's `roles:` synonyms: a contact role in any language and spelling finds
/// the rows of its role, through the same normalization as the search (docs/playbooks.md).
@Suite struct GiftRoleTests {
    static func gifts(roles: [(String, [String])], rows: [(role: String, severity: String)], lang: String? = nil,
                      contactRoles: [String] = []) -> PlaybookTables {
        var p = Playbook(id: "gifts", title: "Gifts", kind: .gifts, markdown: "", html: "", location: SourceLocation(file: "gifts.md"))
        p.language = lang
        let roleMap = MetaValue.map(roles.map { ($0.0, .list($0.1.map(MetaValue.string))) })
        let guidance = MetaValue.list(rows.map {
            .map([("role", .string($0.role)), ("severity", .string($0.severity)), ("gift", .string("\($0.role)/\($0.severity)"))])
        })
        p.meta = .map([("roles", roleMap), ("guidance", guidance)])
        return PlaybookTables(playbooks: [p], contactRoles: contactRoles)
    }

    static let roles = [("director", ["директор", "генеральный директор", "director general", "مدیر عامل", "مدیرعامل"]),
                        ("purchasing manager", ["снабженец"])]
    static let rows = [("director", "small"), ("director", "serious"), ("purchasing manager", "small"), ("*", "small"), ("*", "serious")]
    static let tables = gifts(roles: roles, rows: rows)

    @Test(arguments: ["Director", "директор", "Генеральный  директор", "Director-General", "DIRECTOR GENERAL",
                      "مدیر عامل", "مدير عامل", "مدیر\u{200C}عامل", "مديرعامل"])
    func synonymsFindTheRolesRows(role: String) {
        #expect(Self.tables.gift(role: role, severity: "serious")?.gift == "director/serious")
    }

    /// The customers' roles normalized once when the tables are made find the same rows as
    /// roles normalized on every call (the reference).
    @Test func rolesLearntUpFrontFindTheSameRows() {
        let roles = ["Director", "генеральный директор", "مدیر\u{200C}عامل", "снабженец", "главный бухгалтер", "", "Director"]
        let learnt = Self.gifts(
            roles: Self.roles, rows: Self.rows, contactRoles: roles)
        #expect(learnt.contactRoleKeys.count == 6)
        for role in roles + ["DIRECTOR GENERAL"] {
            for severity in ["small", "serious"] {
                #expect(learnt.gift(role: role, severity: severity)?.gift == Self.tables.gift(role: role, severity: severity)?.gift, "\(role)")
            }
        }
    }

    @Test func unknownRoleFallsBackToTheStarRowAndSeverityIsKept() {
        #expect(Self.tables.gift(role: "главный бухгалтер", severity: "small")?.gift == "*/small")
        #expect(Self.tables.gift(role: "", severity: "serious")?.gift == "*/serious")
        #expect(Self.tables.gift(role: "Снабже\u{0301}нец", severity: "small")?.gift == "purchasing manager/small")
        // No serious row for the purchasing manager: the "*" serious row, not their small one.
        #expect(Self.tables.gift(role: "снабженец", severity: "serious")?.gift == "*/serious")
    }

    /// A row may name its role by a synonym: "директор" rows serve a "director" contact too.
    @Test func rowsMayUseASynonym() {
        let t = Self.gifts(roles: [("director", ["директор"])], rows: [("директор", "small")], lang: "ru")
        #expect(t.gift(role: "Director", severity: "small")?.gift == "директор/small")
    }

    /// Every starter set maps the example data's English roles to its own rows.
    @Test(arguments: StarterLanguage.allCases)
    func startersMatchTheExampleRoles(language: StarterLanguage) throws {
        let dir = TestProject.repository.appendingPathComponent("starters/\(language.rawValue)/playbooks")
        var log = ProblemLog(keepGoing: false)
        let loaded = PlaybookLoader.load(dir: dir, relDir: "starters", allowRawHTML: false, log: &log)
        #expect(log.isEmpty, "\(log.diagnostics)")
        let t = PlaybookTables(playbooks: loaded.playbooks)
        for role in ["purchasing manager", "director", "owner", "chief engineer", "accountant"] {
            let row = try #require(t.gift(role: role, severity: "serious"))
            #expect(row.role != "*", "\(language): \(role) has no row of its own")
        }
    }

    /// A `roles:` of the wrong shape stops the build with its line, rather than never matching.
    @Test func malformedRolesAreReportedWithTheirLine() throws {
        let dir = TestProject.temporaryFolder()
        let file = dir.appendingPathComponent("gifts.md")
        try Data("---\nid: gifts\ntitle: Gifts\nkind: gifts\nroles:\n  director: {ceo: yes}\n---\nText.\n".utf8).write(to: file)
        guard case .failure(let f) = PlaybookLoader.loadOne(url: file, file: "gifts.md", allowRawHTML: false) else {
            Issue.record("a map of synonyms was accepted"); return
        }
        #expect(f.problems.map(\.description) == ["gifts.md:6:13: roles.director: expected the other names of this role as a list in square brackets, found a map of keys"])
        try Data("---\nid: gifts\ntitle: Gifts\nkind: gifts\nroles: [director]\n---\n".utf8).write(to: file)
        guard case .failure(let g) = PlaybookLoader.loadOne(url: file, file: "gifts.md", allowRawHTML: false) else {
            Issue.record("a list of roles was accepted"); return
        }
        #expect(g.problems.first?.description.hasPrefix("gifts.md:5:8: roles: expected a map of role names") == true)
    }
}
