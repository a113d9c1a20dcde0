import CRsvg
import Foundation

/// Charts for email: Gmail and Outlook show neither inline SVG nor `data:` images, so each
/// chart is drawn to a PNG with librsvg + cairo (white background, 2x for sharp phone screens)
/// and attached by Content-ID.
public enum PNGRasterizer {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// librsvg and fontconfig set themselves up lazily on first use; one drawing at a time keeps
    /// that setup out of any race. Rasterizing a chart takes ~10 ms, so nothing is lost.
    private static let lock = NSLock()

    /// The PNG bytes of `svg` drawn at `width` x `height` CSS pixels times `scale`.
    public static func png(svg: String, width: Int, height: Int, scale: Int = 2) throws -> [UInt8] {
        guard width > 0, height > 0, scale > 0 else { throw Failure(description: "chart size must be positive") }
        lock.lock()
        defer { lock.unlock() }
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(svg.utf8)
        let handle = bytes.withUnsafeBufferPointer { buffer in
            rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
        }
        guard let handle else { throw Failure(description: "librsvg cannot read the SVG: \(take(&error))") }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }

        let pw = Int32(width * scale), ph = Int32(height * scale)
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pw, ph) else {
            throw Failure(description: "cairo cannot make a \(pw)x\(ph) surface")
        }
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)
        defer { cairo_destroy(cr) }
        // Opaque white: no alpha channel (smaller PNGs) and charts read the same in dark mode.
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(pw), height: Double(ph))
        guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
            throw Failure(description: "librsvg cannot draw the SVG: \(take(&error))")
        }
        cairo_surface_flush(surface)

        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw Failure(description: "cairo cannot write the PNG (status \(status.rawValue))") }
        return sink.bytes
    }

    private static func take(_ error: inout UnsafeMutablePointer<GError>?) -> String {
        guard let e = error else { return "unknown error" }
        let text = e.pointee.message.map { String(cString: $0) } ?? "unknown error"
        g_error_free(e)
        error = nil
        return text
    }
}
