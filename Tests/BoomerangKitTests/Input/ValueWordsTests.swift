import Foundation
import Testing
@testable import BoomerangKit

@Suite struct ValueWordsTests {
    /// yes/no in the four interface languages, whatever the case and surrounding spaces.
    @Test func flagsInEveryInterfaceLanguage() {
        for yes in ["yes", "Да", " ДА ", "da", "DA", "بله", "true", "1"] { #expect(ValueWords.flag(yes) == true, "\(yes)") }
        for no in ["No", "Нет", "nu", "خیر", "false", "0"] { #expect(ValueWords.flag(no) == false, "\(no)") }
        #expect(ValueWords.flag("maybe") == nil && ValueWords.flag("") == nil)
    }

    @Test func channelsAsExportsWriteThem() {
        #expect(ValueWords.channel("Звонок") == "call" && ValueWords.channel(" визит") == "visit" && ValueWords.channel("почта") == "email")
        #expect(ValueWords.channel("vizită") == "visit" && ValueWords.channel("تماس") == "call" && ValueWords.channel("WhatsApp") == "messenger")
        #expect(ValueWords.channel("pigeon") == nil)
    }

    /// The reference: normalise, then search the words in order (what `channel` did before its table).
    static func referenceChannel(_ text: String) -> String? {
        let k = ValueWords.key(text)
        return ValueWords.channels.first { $0.words.contains(k) }?.name
    }

    /// The table lookup gives the reference's answer for seeded random spellings of every word
    /// (case, surrounding spaces and tabs, a letter dropped or added) and for other text.
    @Test func channelTableMatchesReference() {
        var state: UInt64 = 0x5DEE_CE66_D1CE_4E5B
        func next(_ n: Int) -> Int { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return Int(state % UInt64(n)) }
        let words = ValueWords.channels.flatMap(\.words) + ["", " ", "pigeon", "E-MAIL", "Эл. Почта", "\u{A0}call", "cal l"]
        for _ in 0..<3_000 {
            var w = words[next(words.count)]
            switch next(6) {
            case 0: w = w.uppercased()
            case 1: w = w.prefix(1).uppercased() + w.dropFirst()
            case 2: w = [" ", "\t", "  "][next(3)] + w + [" ", "", "\t"][next(3)]
            case 3: if !w.isEmpty { w.remove(at: w.index(w.startIndex, offsetBy: next(w.count))) }
            case 4: w += ["s", "é", "ă"][next(3)]
            default: break
            }
            #expect(ValueWords.channel(w) == Self.referenceChannel(w), "\(w.debugDescription)")
        }
    }

    /// `values:` maps what the export writes before any check: 1C's `Истина` becomes yes, a CRM's
    /// channel name a channel; a mapping to a value the handbook does not know is reported at its line.
    @Test func valueMappingsFromHandbookYML() throws {
        let root = try TestProject.make([
            "content/handbook.yml": """
                title: T
                locale: en_US
                currency: USD
                as_of: 2024-06-30
                data:
                  values:
                    resolved: {Истина: yes, Ложь: no}
                    channel: {Телефонный звонок: call}

                """,
            "content/data/customers.csv": "id,name,channel\nC1,Acme,Телефонный звонок\n",
            "content/data/orders.csv": "order_id,customer_id,date,amount\nO1,C1,2024-01-05,10\n",
            "content/data/complaints.csv": "customer_id,date,topic,resolved\nC1,2024-02-01,late,Истина\nC1,2024-03-01,late,ЛОЖЬ\n",
        ])
        let result = try HandbookLoader.load(root: root)
        #expect(result.model.customers[0].channel == "call")
        #expect(result.model.complaints.map(\.resolved) == [true, false])

        let bad = try TestProject.make([
            "content/handbook.yml": "title: T\nlocale: en_US\ncurrency: USD\ndata:\n  values:\n    channel: {Звонок: pigeon}\n",
            "content/data/customers.csv": "id,name\nC1,Acme\n",
        ], name: "bad-values")
        #expect(Fixtures.failureText(bad) == #"content/handbook.yml:6:23: data.values.channel: expected one of call, visit, email, letter, messenger, found "pigeon""#)
    }
}
