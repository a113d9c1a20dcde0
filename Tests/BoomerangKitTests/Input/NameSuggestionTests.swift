import Testing
@testable import BoomerangKit

@Suite struct NameSuggestionTests {
    static let reasons = [NameSuggestion.Candidate(name: "payment_terms", title: "Урезали отсрочку платежа"),
                          NameSuggestion.Candidate(name: "price", title: "Слишком дорого"),
                          NameSuggestion.Candidate(name: "delivery", title: "Slow or unreliable delivery")]

    /// A reason written as words of a title, in another grammatical case, finds its id.
    @Test func reasonByTitleWords() {
        #expect(NameSuggestion.hint("Отсрочка платежа", Self.reasons) == #" (did you mean 'payment_terms', "Урезали отсрочку платежа"?)"#)
        #expect(NameSuggestion.hint("prise", Self.reasons) == #" (did you mean 'price', "Слишком дорого"?)"#)
        #expect(NameSuggestion.hint("late delivery", Self.reasons).contains("'delivery'"))
    }

    /// A manager's name in Latin letters finds the Cyrillic one; nothing close lists what exists.
    @Test func namesAcrossScriptsOrTheList() {
        let managers = ["Andrew Collins", "Ирина Волкова", "Павел Смирнов"].map { NameSuggestion.Candidate(name: $0) }
        #expect(NameSuggestion.hint("Irina Volkova", managers) == " (did you mean 'Ирина Волкова'?)")
        #expect(NameSuggestion.hint("Иванова О.П.", managers, what: "managers") == " (managers: 'Andrew Collins', 'Ирина Волкова', 'Павел Смирнов')")
        let many = (1...12).map { NameSuggestion.Candidate(name: "C\($0)") }
        #expect(NameSuggestion.hint("zzzzzz", many, what: "ids") == " (ids: 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', ... 2 more)")
    }
}
