import BoomerangModel

/// How a file's headers are matched to the contract's column names beyond `columns:` mappings,
/// and how a mapping that matches nothing is reported.
enum HeaderNames {
    /// Case, spaces, `_` and `-` do not matter: `Customer ID`, `customer-id` and `CustomerId` are
    /// all `customer_id`.
    static func canonical(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "\u{A0}" && $0 != "\t" })
    }

    /// Headers that ERP and CRM exports in the handbook's languages write for a contract field.
    /// Suggested, never matched silently: "Клиент" may be a customer's id or its name.
    static let translations: [String: [String]] = [
        "id": ["код", "код клиента", "cod", "cod client", "کد", "کد مشتری"],
        "name": ["наименование", "название", "клиент", "nume", "denumire", "client", "نام", "نام مشتری"],
        "customer_id": ["код клиента", "клиент", "контрагент", "cod client", "client", "کد مشتری", "مشتری"],
        "order_id": ["номер", "номер заказа", "номер документа", "nr", "număr", "numar", "nr comandă", "شماره", "شماره سفارش"],
        "date": ["дата", "data", "تاریخ"],
        "amount": ["сумма", "sumă", "suma", "valoare", "مبلغ", "جمع"],
        "margin": ["маржа", "маржинальность", "прибыль", "marjă", "marja", "profit", "سود", "حاشیه سود"],
        "manager": ["менеджер", "ответственный", "responsabil", "مدیر", "مسئول"],
        "email": ["e-mail", "эл. почта", "электронная почта", "почта", "مکاتبه", "ایمیل", "پست الکترونیک"],
        "phone": ["телефон", "telefon", "تلفن"],
        "city": ["город", "oraș", "oras", "localitate", "شهر"],
        "region": ["регион", "regiune", "منطقه", "استان"],
        "since": ["клиент с", "дата регистрации", "client din", "از تاریخ"],
        "segment": ["сегмент", "تقسیم‌بندی", "بخش"],
        "channel": ["канал", "canal", "کانال"],
        "reasons": ["причины", "причина", "motiv", "motive", "دلیل", "دلایل"],
        "competitor": ["конкурент", "concurent", "رقیب"],
        "note": ["комментарий", "примечание", "notă", "nota", "comentariu", "یادداشت", "توضیحات"],
        "topic": ["тема", "суть жалобы", "subiect", "موضوع"],
        "resolved": ["решено", "урегулировано", "rezolvat", "حل شد", "حل شده"],
        "contact_name": ["контакт", "контактное лицо", "persoană de contact", "persoana de contact", "نام رابط"],
        "contact_role": ["должность", "роль", "funcție", "functie", "سمت"],
        "referrals": ["рекомендации", "recomandări", "recomandari", "معرفی‌ها"],
    ]

    /// The first of `headers` that is a known translation of `field`.
    static func translated(_ field: String, in headers: [String]) -> String? {
        let known = Set((translations[field] ?? []).map(canonical))
        return headers.first { known.contains(canonical($0)) }
    }

    /// " ("Дата" looks like 'date': map it under columns: in content/handbook.yml)" for the first
    /// header that translates to `field`, else "".
    static func translationHint(_ field: String, headers: [String]) -> String {
        guard let h = translated(field, in: headers) else { return "" }
        return " (\(ValueParsing.quoted(h)) looks like '\(field)': map it with \(field): \(ValueParsing.quoted(h)) under columns: in content/handbook.yml)"
    }

    /// Each `columns:` entry that names a header the file does not have, reported at its place in
    /// handbook.yml with the headers found. A mapping under `data:` is shared by every file with
    /// the field, so a file that has the field under its contract name does not need it; a
    /// required field that is missing altogether is reported by the header check instead.
    static func mappingProblems(_ c: CSVColumns, options: FileOptions, schema: CSVSchema, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let present = Set(c.names.map(CSVColumns.normalize))
        for (field, header) in options.columns.sorted(by: { $0.key < $1.key }) where !present.contains(CSVColumns.normalize(header)) {
            guard let source = options.columnSources[field] else { continue }
            if source.shared && c[field] != nil { continue }
            if schema.required.contains(field) && c[field] == nil { continue }
            var message = "\(source.key): no column \(ValueParsing.quoted(header)) in \(file); its columns: \(c.names.joined(separator: ", "))"
            if let near = Suggestion.closest(to: header, in: c.names) ?? translated(field, in: c.names) {
                message += " (did you mean \(ValueParsing.quoted(near))?)"
            }
            out.append(Diagnostic(source.location, message))
        }
        return out
    }
}
