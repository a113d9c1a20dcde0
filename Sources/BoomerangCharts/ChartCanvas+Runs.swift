/// Runs of marks and path data. Consecutive marks of one style become one element (MarkStyle);
/// path coordinates are whole tenths of a pixel, each command written absolute or relative,
/// whichever is shorter. Relative steps are differences of rounded points, so rounding never adds up.
/// Path data is written as tightly as its grammar allows: "0.5" as ".5", no space before a minus
/// sign or before ".5" after a number that has its point, a repeated command letter left out.
extension ChartCanvas {
    /// Continues the open run when `style` matches it, else writes the open run and starts a new one.
    mutating func begin(_ style: MarkStyle) {
        if let run, run == style, style.merges { return }
        flush()
        run = style
    }

    /// Writes the open run: a path with its data, one mark with the style on itself, or a group.
    mutating func flush() {
        guard let style = run else { return }
        if style.kind == .path {
            pathCommand = 0
            writer.put("<path d=\""); writer.raw(pending); writer.put("\""); style.write(to: &writer); writer.put("/>\n")
        } else if pendingCount == 1 {
            let tag = style.tag
            writer.put(tag); style.write(to: &writer); writeMarks(from: tag.utf8CodeUnitCount, style: style, withY: true); writer.put("\n")
        } else {
            // Marks on one line (axis labels, a lane of circles) are moved there by their group.
            let shared = !pendingTransform && pendingY.allSatisfy { $0.y == pendingY[0].y } ? pendingY.first?.y : nil
            writer.put("<g"); style.write(to: &writer)
            if let shared, shared != 0 { writer.put(" transform=\"translate(0 "); writer.num(Double(shared) / 10); writer.put(")\"") }
            writer.put(">"); writeMarks(from: 0, style: style, withY: shared == nil); writer.put("</g>\n")
        }
        pending.removeAll()
        pendingCount = 0
        pendingY.removeAll(keepingCapacity: true)
        pendingTransform = false
        run = nil
    }

    /// Notes where a mark's y goes (see `pendingY`).
    mutating func markY(_ y: Double) {
        pendingY.append((pending.count, Self.tenths(y)))
    }

    /// The open run's marks from byte `from` on, with each y put in its place when `withY`.
    private mutating func writeMarks(from: Int, style: MarkStyle, withY: Bool) {
        guard withY else { writer.raw(pending, from: from); return }
        var start = from
        for mark in pendingY {
            writer.raw(pending, from: start, to: mark.offset)
            if style.kind == .text { writer.attr("y", Double(mark.y) / 10) } else { writer.attr("cy", Double(mark.y) / 10) }
            start = mark.offset
        }
        writer.raw(pending, from: start)
    }

    /// A closed polygon through `points` (x mirrored for right-to-left).
    mutating func shape(_ points: [(Double, Double)]) {
        guard let first = points.first else { return }
        moveTo(x(first.0), first.1)
        for p in points.dropFirst() { lineTo(x(p.0), p.1) }
        closePath()
    }

    /// Starts a subpath at a physical point.
    mutating func moveTo(_ px: Double, _ py: Double) {
        let p = (x: Self.tenths(px), y: Self.tenths(py))
        // No implicit repetition for moves: numbers after m would mean l.
        if pendingCount > 0, Self.pairLength(p.x - pen.x, p.y - pen.y) < Self.pairLength(p.x, p.y) {
            command(0x6D, repeatable: false); pair(p.x - pen.x, p.y - pen.y)
        } else {
            command(0x4D, repeatable: false); pair(p.x, p.y)
        }
        pendingCount += 1
        pen = p
        subpathStart = p
    }

    /// A straight segment to a physical point: h, v or l (or H, V, L when shorter).
    mutating func lineTo(_ px: Double, _ py: Double) {
        let p = (x: Self.tenths(px), y: Self.tenths(py))
        if p == pen { return }   // nothing to draw (dots are written by `dot`)
        if p.y == pen.y {
            let relative = Self.length(p.x - pen.x) < Self.length(p.x)
            command(relative ? 0x68 : 0x48); number(relative ? p.x - pen.x : p.x)
        } else if p.x == pen.x {
            let relative = Self.length(p.y - pen.y) < Self.length(p.y)
            command(relative ? 0x76 : 0x56); number(relative ? p.y - pen.y : p.y)
        } else if Self.pairLength(p.x - pen.x, p.y - pen.y) < Self.pairLength(p.x, p.y) {
            command(0x6C); pair(p.x - pen.x, p.y - pen.y)
        } else {
            command(0x4C); pair(p.x, p.y)
        }
        pen = p
    }

    /// A zero-length segment: with round caps, a dot.
    mutating func dot() {
        command(0x68); number(0)
    }

    mutating func closePath() {
        command(0x7A, repeatable: false)
        pen = subpathStart
    }

    /// A command letter, left out when it repeats the previous one (its numbers then follow directly).
    private mutating func command(_ letter: UInt8, repeatable: Bool = true) {
        if repeatable && letter == pathCommand { return }
        pending.putByte(letter)
        pathCommand = repeatable ? letter : 0
        numberHasPoint = nil
    }

    private mutating func pair(_ a: Int, _ b: Int) { number(a); number(b) }

    /// A number of tenths, with a space before it only where the grammar needs one.
    private mutating func number(_ v: Int) {
        let startsWithPoint = v.magnitude < 10 && v.magnitude % 10 != 0
        let space = numberHasPoint.map { v >= 0 && !(startsWithPoint && $0) } ?? false
        pending.putTenths(v, space: space)
        numberHasPoint = v.magnitude % 10 != 0
    }

    static func tenths(_ v: Double) -> Int {
        guard v.isFinite else { return 0 }
        return Int((min(max(v, -1e12), 1e12) * 10).rounded())
    }

    /// Bytes `number` writes for `v`, leaving out separators.
    static func length(_ v: Int) -> Int {
        var n = v.magnitude / 10, digits = 1
        while n >= 10 { n /= 10; digits += 1 }
        if v.magnitude < 10 && v.magnitude != 0 { digits = 0 }   // ".5"
        return digits + (v < 0 ? 1 : 0) + (v.magnitude % 10 == 0 ? 0 : 2)
    }

    private static func pairLength(_ a: Int, _ b: Int) -> Int { length(a) + length(b) + (b >= 0 ? 1 : 0) }
}
