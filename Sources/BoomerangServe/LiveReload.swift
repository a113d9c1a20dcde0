/// The few lines of JavaScript that `boomerang serve` adds to every HTML response (never to the
/// files on disk, which stay byte-identical to `boomerang build`): they listen to the server's
/// event stream, reload on "reload" and cover the page with the problems on "build-error".
public enum LiveReload {
    public static let eventsPath = "/__boomerang/events"

    /// `generation` is the build the page was served from: on (re)connecting the server says
    /// which build is current, so a page that missed a "reload" still catches up.
    static func script(generation: Int) -> String {
        """
        <script>/* boomerang serve: live reload (not part of the built files) */
        (function () {
          var served = "\(generation)";
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("hello", function (e) { if (e.data !== served) location.reload(); });
          events.addEventListener("build-error", function (e) {
            var list = document.getElementById("__boomerang_problems");
            if (list) { list.textContent = e.data; return; }
            var box = document.getElementById("__boomerang_error");
            if (!box) {
              box = document.createElement("pre");
              box.id = "__boomerang_error";
              box.setAttribute("role", "alert");
              box.setAttribute("style", "position:fixed;inset:0;z-index:2147483647;margin:0;overflow:auto;padding:2em;" +
                "background:#2b0a0a;color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap");
              document.body.appendChild(box);
            }
            box.textContent = "Build failed; the last good build is still served.\\n\\n" + e.data;
          });
        })();
        </script>

        """
    }

    /// Puts the script just before the last `</body>` (any letter case), or at the end when the
    /// page has none.
    public static func inject(into html: [UInt8], generation: Int) -> [UInt8] {
        let script = Array(script(generation: generation).utf8)
        guard let at = lastBodyClose(in: html) else { return html + script }
        return Array(html[..<at]) + script + Array(html[at...])
    }

    static func lastBodyClose(in html: [UInt8]) -> Int? {
        let tag = Array("</body".utf8)
        var i = html.count - tag.count
        while i >= 0 {
            var match = true
            for j in 0..<tag.count {
                var c = html[i + j]
                if c >= 65 && c <= 90 { c += 32 }   // ASCII lower-case
                if c != tag[j] { match = false; break }
            }
            if match { return i }
            i -= 1
        }
        return nil
    }
}
