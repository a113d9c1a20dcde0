import BoomerangEscaping
@testable import BoomerangKit
import Foundation
import Testing

/// The message format itself: structure, CRLF, line lengths, encoded-words, stable bytes.
@Suite struct MIMEWriterTests {
    static func sample(subject: String, toName: String = "Павел Смирнов") -> [UInt8] {
        let html = "<html lang=\"fa\" dir=\"rtl\"><body><p>" + String(repeating: "پخش مصالح ستاره = 100% ", count: 40)
            + "</p><img src=\"cid:one@x\" width=\"10\" height=\"5\" alt=\"a\"></body></html>"
        let body = MIMEPart.multipart("mixed", [
            .multipart("alternative", [
                .text("Line one\n.hidden dot line\nFrom the start\ntrailing space \n" + String(repeating: "long ", count: 60), subtype: "plain"),
                .multipart("related", [.text(html, subtype: "html"), .inlineImage([0x89, 0x50, 0x4E, 0x47, 1, 2, 3], contentID: "one@x", fileName: "Ёлка chart.png")]),
            ]),
            .attachment(Array(repeating: 7, count: 300), type: "application/pdf", fileName: "досье C014.pdf"),
        ])
        let headers = MailHeaders(from: Escape.mailbox(name: "Boomerang", address: "boomerang@localhost"),
                                  to: Escape.mailbox(name: toName, address: "pavel@example.com"),
                                  subject: subject, date: MIMEWriter.date(Day(iso: "2026-10-31")!),
                                  messageID: "dossier.C014.2026-10-31@boomerang.invalid")
        return MIMEWriter.message(headers: headers, body: body)
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
    }

    @Test func everyLineEndsInCRLFAndStaysShort() {
        let bytes = Self.sample(subject: "Досье: ООО «Новый Квартал», визит до 2 ноября 2026 г.")
        for (i, b) in bytes.enumerated() where b == 10 { #expect(i > 0 && bytes[i - 1] == 13, "bare LF at \(i)") }
        for (i, b) in bytes.enumerated() where b == 13 { #expect(i + 1 < bytes.count && bytes[i + 1] == 10, "bare CR at \(i)") }
        #expect(bytes.allSatisfy { $0 < 128 }, "7-bit only")
        for line in Self.lines(bytes) { #expect(line.utf8.count <= 76, "too long: \(line)") }
    }

    @Test func structureIsMixedAlternativeRelated() {
        let text = String(decoding: Self.sample(subject: "Dossier"), as: UTF8.self)
        let types = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("Content-Type:") }
            .map { $0.dropFirst("Content-Type: ".count).split(separator: ";")[0] }
        #expect(types == ["multipart/mixed", "multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png", "application/pdf"])
        #expect(text.contains("Content-ID: <one@x>\r\n"))
        #expect(text.contains("filename=\"Elka_chart.png\""))
        #expect(text.contains("filename=\"dos_e_C014.pdf\""))
        #expect(text.contains("MIME-Version: 1.0\r\n"))
        #expect(text.contains("Date: Sat, 31 Oct 2026 07:00:00 +0000\r\n"))
        #expect(text.contains("Message-ID: <dossier.C014.2026-10-31@boomerang.invalid>\r\n"))
    }

    @Test func sameInputSameBytes() {
        let a = Self.sample(subject: "Dossier: Lakeside, visit by Nov 2")
        #expect(a == Self.sample(subject: "Dossier: Lakeside, visit by Nov 2"))
        // Boundaries follow the content, so a different body gets different boundaries.
        let boundary = { (m: [UInt8]) in Self.lines(m).first { $0.contains("boundary=") } }
        #expect(boundary(a) == boundary(Self.sample(subject: "x", toName: "Andrew Collins")))
    }

    /// Decodes the Subject header the way a mail reader does (RFC 2047 B words, folded).
    static func decodedHeader(_ bytes: [UInt8], _ name: String) -> String {
        let raw = String(decoding: bytes, as: UTF8.self)
        let head = raw.components(separatedBy: "\r\n\r\n")[0]
        let unfolded = head.replacingOccurrences(of: "\r\n ", with: " ")
        guard let line = unfolded.components(separatedBy: "\r\n").first(where: { $0.hasPrefix(name + ": ") }) else { return "" }
        var value = String(line.dropFirst(name.count + 2))
        var out = Data()
        var plain = ""
        while let start = value.range(of: "=?utf-8?B?") {
            plain += value[..<start.lowerBound].trimmingCharacters(in: .whitespaces)
            let rest = value[start.upperBound...]
            let end = rest.range(of: "?=")!
            out.append(Data(base64Encoded: String(rest[..<end.lowerBound]))!)
            value = String(rest[end.upperBound...])
        }
        return plain + String(decoding: out, as: UTF8.self) + value
    }

    @Test func cyrillicAndPersianSubjectsAreEncodedWords() {
        for subject in ["Досье: ООО «Новый Квартал», визит до 2 ноября 2026 г.",
                        "پرونده: پخش مصالح ستاره، بازدید تا ۱۲ آبان ۱۴۰۵ — یک موضوع طولانی برای آزمایش شکستن سطرها"] {
            let bytes = Self.sample(subject: subject)
            #expect(Self.decodedHeader(bytes, "Subject") == subject)
            let head = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
            for word in head.components(separatedBy: CharacterSet(charactersIn: " \r\n")) where word.hasPrefix("=?") {
                #expect(word.count <= 75, "encoded-word too long: \(word)")
            }
        }
        let to = Self.decodedHeader(Self.sample(subject: "x", toName: "مریم احمدی"), "To")
        #expect(to == "مریم احمدی <pavel@example.com>")
    }

    @Test func plainASCIISubjectStaysReadable() {
        let bytes = Self.sample(subject: "Dossier: Lakeside Home Center Co., visit by November 2, 2026")
        #expect(String(decoding: bytes, as: UTF8.self).contains("Subject: Dossier: Lakeside Home Center Co., visit by November 2, 2026\r\n"))
        #expect(Escape.mailbox(name: "Collins, Andrew", address: "a@b.c") == "\"Collins, Andrew\" <a@b.c>")
    }

    /// Quoted-printable decoder for the round trip.
    static func decodeQP(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 61 {
                if bytes[i + 1] == 13 { i += 3; continue }
                out.append(UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16)!)
                i += 3
            } else { out.append(bytes[i]); i += 1 }
        }
        return String(decoding: out, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test func quotedPrintableRoundTripsAndProtectsLineStarts() {
        let text = "a = b\n.\nFrom here\ntrail \t\n" + String(repeating: "Ёлка ", count: 50) + "\n" + String(repeating: "x", count: 200)
        let qp = MIMEEncoding.quotedPrintable(text)
        #expect(Self.decodeQP(qp) == text)
        for line in String(decoding: qp, as: UTF8.self).components(separatedBy: "\r\n") {
            #expect(line.count <= 76)
            #expect(!line.hasPrefix(".") && !line.hasPrefix("From "), "unsafe line start: \(line)")
            #expect(!line.hasSuffix(" ") && !line.hasSuffix("\t"))
        }
    }

    @Test func base64LinesAre76() {
        let data = (0..<1000).map { UInt8($0 % 256) }
        let lines = String(decoding: MIMEEncoding.base64(data), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.dropLast().allSatisfy { $0.count == 76 })
        #expect(Data(base64Encoded: lines.joined()) == Data(data))
    }

    @Test func senderFromConfigOrDefault() {
        #expect(MailSender.configured(HandbookConfig()) == .fallback)
        var config = HandbookConfig()
        config.mailFrom = "Отдел удержания <retention@example.com>"
        #expect(MailSender.configured(config) == MailSender(name: "Отдел удержания", address: "retention@example.com"))
        #expect(MailSender(parsing: "Sales desk <sales@example.com>") == MailSender(name: "Sales desk", address: "sales@example.com"))
        #expect(MailSender(parsing: "not an address") == nil)
        #expect(MailSender.fallback.header == "Boomerang <boomerang@localhost>")
    }
}
