import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Maps a request path onto a file inside the output folder, and never outside it.
public enum SitePath {
    public enum Lookup: Equatable, Sendable {
        /// An existing regular file: its absolute path and the site path it answers for.
        case file(String)
        /// A folder asked for without its trailing slash: send the browser to `path/` so the
        /// pages' relative links resolve.
        case redirect(String)
        case notFound
    }

    /// `requestPath` is the decoded path of the URL (no query). Any `.` or `..` segment, a NUL or
    /// a backslash is refused outright; a file reached through a symbolic link that leads out of
    /// `root` is refused too.
    public static func resolve(_ requestPath: String, in root: URL) -> Lookup {
        guard requestPath.hasPrefix("/") else { return .notFound }
        let segments = requestPath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for s in segments where s == "." || s == ".." || s.contains("\0") || s.contains("\\") {
            return .notFound
        }
        let base = root.standardizedFileURL.path
        var candidate = segments.isEmpty ? base : base + "/" + segments.joined(separator: "/")
        var st = stat()
        guard stat(candidate, &st) == 0 else { return .notFound }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            guard requestPath.hasSuffix("/") else { return .redirect(requestPath + "/") }
            candidate += "/index.html"
            guard stat(candidate, &st) == 0 else { return .notFound }
        }
        guard (st.st_mode & S_IFMT) == S_IFREG, inside(candidate, base) else { return .notFound }
        return .file(candidate)
    }

    /// True when the real (symlink-free) path of `file` lies under the real path of `base`.
    static func inside(_ file: String, _ base: String) -> Bool {
        guard let realFile = realPath(file), let realBase = realPath(base) else { return false }
        return realFile.hasPrefix(realBase.hasSuffix("/") ? realBase : realBase + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}
