import BoomerangCharts
import CRsvg
import Foundation
import Testing

/// The lean charts (issue 22) must show the same picture as before. Every golden chart is drawn with
/// librsvg, as it was at f07de32 (Tests/ChartPixelReference) and as it is now, twice: standalone
/// (the file itself, which email rasterizes) and inline (without its own <style>, with the chart
/// rules of templates/assets/style.css instead, as a page shows it). The pictures may differ only by
/// antialiasing: coordinates are now rounded to a tenth of a pixel and runs of marks are one path.
@Suite struct ChartPixelTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let reference = tests.appendingPathComponent("ChartPixelReference")
    static let expected = tests.appendingPathComponent("BoomerangChartsTests/Expected")

    /// Largest allowed mean difference per channel (0-255) over a chart, and share of pixels that may
    /// differ by more than 64 in some channel (an edge moved by a fraction of a pixel does; a missing
    /// line or label would make far more, and shift the mean).
    static let maxMean = 1.0
    static let maxChangedShare = 0.01

    @Test func leanChartsDrawTheSamePicture() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.reference.path)
            .filter { $0.hasSuffix(".svg") }.sorted()
        #expect(names.count >= 30)
        let pageRules = try Self.pageChartRules()
        var worst = (mean: 0.0, share: 0.0, max: 0, name: "")
        for name in names {
            let before = try Self.pixels(String(contentsOf: Self.reference.appendingPathComponent(name), encoding: .utf8))
            let standalone = try String(contentsOf: Self.expected.appendingPathComponent(name), encoding: .utf8)
            let inline = try Self.inlineForm(standalone, rules: pageRules)
            for (form, svg) in [("standalone", standalone), ("inline", inline)] {
                let after = try Self.pixels(svg)
                let d = try #require(Self.difference(before, after), "\(name) \(form): the size changed")
                #expect(d.mean <= Self.maxMean && d.share <= Self.maxChangedShare,
                        "\(name) \(form): mean difference \(d.mean), \(d.share * 100) % of pixels differ by more than 64")
                if d.mean > worst.mean { worst = (d.mean, max(worst.share, d.share), max(worst.max, d.max), "\(name) \(form)") }
                worst.share = max(worst.share, d.share); worst.max = max(worst.max, d.max)
            }
        }
        print("chart pixels: \(names.count) charts x 2 forms; largest mean difference \(worst.mean) (\(worst.name)), "
              + "largest share of pixels differing by more than 64: \(worst.share * 100) %, largest channel difference \(worst.max)")
    }

    /// The chart rules as templates/assets/style.css states them (the lines starting with `.bc`).
    static func pageChartRules() throws -> String {
        let css = try String(contentsOf: tests.appendingPathComponent("../templates/assets/style.css").standardizedFileURL, encoding: .utf8)
        return css.split(separator: "\n").filter { $0.hasPrefix(".bc") }.joined(separator: "\n") + "\n"
    }

    /// The chart as a page has it, with the page's rules as its only style and no background of its
    /// own (the page's rule paints it; `pixels` draws on white as the page does).
    static func inlineForm(_ standalone: String, rules: String) throws -> String {
        let own = try #require(standalone.firstMatch(of: /<style>\n[^<]*<\/style>\n<rect width="\d+" height="\d+" fill="#fff"\/>\n/))
        return standalone.replacingCharacters(in: own.range, with: "<style>\n" + rules + "</style>\n")
    }

    struct Pixels { var width: Int, height: Int, bytes: [UInt8] }

    /// Mean channel difference, share of pixels with a channel off by more than 64, largest difference.
    static func difference(_ a: Pixels, _ b: Pixels) -> (mean: Double, share: Double, max: Int)? {
        guard a.width == b.width, a.height == b.height else { return nil }
        var total = 0, changed = 0, largest = 0
        for p in stride(from: 0, to: a.bytes.count, by: 4) {
            var pixelMax = 0
            for k in 0..<3 { pixelMax = max(pixelMax, abs(Int(a.bytes[p + k]) - Int(b.bytes[p + k]))); total += abs(Int(a.bytes[p + k]) - Int(b.bytes[p + k])) }
            if pixelMax > 64 { changed += 1 }
            largest = max(largest, pixelMax)
        }
        let pixels = a.bytes.count / 4
        return (Double(total) / Double(pixels * 3), Double(changed) / Double(pixels), largest)
    }

    /// The chart drawn at its own size on white, as cairo's RGB24 bytes.
    static func pixels(_ svg: String) throws -> Pixels {
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(svg.utf8)
        let handle = try #require(bytes.withUnsafeBufferPointer { rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) })
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        let size = try #require(svg.firstMatch(of: /width="(\d+)" height="(\d+)"/))
        let w = Int32(size.1)!, h = Int32(size.2)!
        let surface = try #require(cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h))
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(w), height: Double(h))
        #expect(rsvg_handle_render_document(handle, cr, &viewport, &error) != 0)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = try #require(cairo_image_surface_get_data(surface))
        var out: [UInt8] = []
        out.reserveCapacity(Int(w) * Int(h) * 4)
        for row in 0..<Int(h) { out.append(contentsOf: UnsafeBufferPointer(start: data + row * stride, count: Int(w) * 4)) }
        return Pixels(width: Int(w), height: Int(h), bytes: out)
    }
}
