import BoomerangModel
import Foundation

/// The interface language and locale content/handbook.yml asks for, read on their own for
/// pages made outside a build (the preview server's error page). Whatever is wrong with the
/// file gives the defaults here; the build itself reports it.
public enum HandbookLanguage {
    public static func read(root: URL) -> (language: String, locale: String) {
        var log = ProblemLog(keepGoing: true)
        let file = "content/handbook.yml"
        let config = ConfigLoader.load(url: root.appendingPathComponent(file), file: file, log: &log)
        return (config.interfaceLanguage, config.locale)
    }
}
