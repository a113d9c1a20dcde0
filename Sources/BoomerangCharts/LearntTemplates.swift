import Foundation

/// Templates learnt from ICU once per key (DateTemplates, WholeNumberTemplates), with the locale's
/// digits 0...9 that fill them. A key whose template could not be learnt or checked is remembered
/// as nil, so its values go to ICU without trying again.
final class LearntTemplates<Template>: @unchecked Sendable {
    private let lock = NSLock()
    private var templates: [Int: Template?] = [:]
    private let makeGlyphs: @Sendable () -> [String]
    /// The locale's digits as UTF-8, asked for with the first template (written once, under the
    /// lock, before any template is handed out; read freely afterwards).
    private(set) var glyphs: [[UInt8]] = []

    init(glyphs: @escaping @Sendable () -> [String]) { makeGlyphs = glyphs }

    /// The template for `key`, learnt by `learn` on first use. Learning holds the lock: it happens
    /// a few times per build, and `glyphs` must not race.
    func template(_ key: Int, learn: () -> Template?) -> Template? {
        lock.lock()
        defer { lock.unlock() }
        if let known = templates[key] { return known }
        if glyphs.isEmpty { glyphs = makeGlyphs().map { Array($0.utf8) } }
        let made = glyphs.count == 10 ? learn() : nil
        templates[key] = made
        return made
    }
}
