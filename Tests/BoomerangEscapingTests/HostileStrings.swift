/// The values an attacker would put in a CSV cell: each syntax character of every context,
/// alone and followed by the marks that join it into one grapheme cluster with it.
enum HostileStrings {
    /// Combining acute, combining long solidus overlay, combining long vertical line overlay,
    /// variation selector 16, zero-width joiner.
    static let joiners: [String] = ["\u{0301}", "\u{0338}", "\u{20D2}", "\u{FE0F}", "\u{200D}"]
    static let syntax: [String] = ["\"", "'", "<", ">", "&", "`", "\\"]

    /// Every syntax character followed by every joiner, inside a payload that would inject an
    /// attribute or an element if the character passed.
    static var joined: [String] {
        syntax.flatMap { c in joiners.map { j in "x\(c)\(j) onmouseover=alert(1) \(c)\(j)<script>alert(1)</script>" } }
    }

    static let scripts: [String] = [
        "</script><script>alert(1)</script>", "</SCRIPT>", "<!--", "-->", "<img src=x onerror=alert(1)>",
        "line\u{2028}separator\u{2029}end", "\u{202E}evil\u{202C} right-to-left override", "\u{2066}isolate\u{2069}",
    ]

    /// `javascript:` as browsers still read it: case, entities, tabs and line breaks in the scheme.
    static let javascriptURLs: [String] = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\u{01}javascript:alert(1)",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)", "\tjavascript:alert(1)",
        "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "JAVASCRIPT:alert(1)",
    ]
}
