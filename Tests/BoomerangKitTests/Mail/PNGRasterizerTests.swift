@testable import BoomerangKit
import Testing

@Suite struct PNGRasterizerTests {
    static func size(_ png: [UInt8]) -> (Int, Int) {
        func be(_ i: Int) -> Int { png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    @Test func drawsAtTwiceTheSize() throws {
        let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">\
        <rect x="10" y="10" width="50" height="20" fill="#0072B2"/><text x="70" y="25">Ёлка پارس</text></svg>
        """
        let png = try PNGRasterizer.png(svg: svg, width: 120, height: 40, scale: 2)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(String(decoding: png[12..<16], as: UTF8.self) == "IHDR")
        #expect(Self.size(png) == (240, 80))
        #expect(try PNGRasterizer.png(svg: svg, width: 120, height: 40) == png, "same SVG, same bytes")
    }

    @Test func badSVGIsAnErrorNotACrash() {
        #expect(throws: PNGRasterizer.Failure.self) { try PNGRasterizer.png(svg: "<svg", width: 10, height: 10) }
    }
}
