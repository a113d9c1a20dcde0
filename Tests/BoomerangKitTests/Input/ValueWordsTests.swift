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
