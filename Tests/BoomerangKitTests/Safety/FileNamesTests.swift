@testable import BoomerangKit
import Testing

@Suite struct FileNamesTests {
    @Test func plainIdsStayAsTheyAre() {
        #expect(FileNames.stems(for: ["C001", "c_2", "X-9"]) == ["C001", "c_2", "X-9"])
    }

    @Test func unsafeIdsGetAHashSuffix() {
        let stems = FileNames.stems(for: ["../../etc/passwd", "CON", "a/b", "Ёлка", ""])
        #expect(stems[0] == "etc-passwd-" + FileNames.hash("../../etc/passwd"))
        #expect(stems[1] == "CON-" + FileNames.hash("CON"))
        #expect(stems[2] == "a-b-" + FileNames.hash("a/b"))
        #expect(stems[3] == "x-" + FileNames.hash("Ёлка"))
        #expect(stems[4] == "x-" + FileNames.hash(""))
    }

    @Test func caseInsensitiveCollisionsAreSeparated() {
        let stems = FileNames.stems(for: ["A1", "a1"])
        #expect(stems[0] != stems[1])
        #expect(stems[0].lowercased() != stems[1].lowercased())
    }

    @Test func managerNamesAreTransliterated() {
        #expect(FileNames.stems(for: ["Павел Смирнов"], transliterate: true) == ["pavel-smirnov"])
        #expect(FileNames.stems(for: ["Andrew Collins"], transliterate: true) == ["andrew-collins"])
    }
}
