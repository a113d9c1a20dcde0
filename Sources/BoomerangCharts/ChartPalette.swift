/// Colours of every chart. Series colours are the Okabe-Ito palette, chosen to stay distinct under
/// the common forms of colour blindness; series 2+ also carry a pattern (hatch, dots, cross) so
/// they stay apart in greyscale print. Heat maps use one blue ramp whose lightness rises monotonically.
public enum ChartPalette {
    public static let orange = "#E69F00"
    public static let skyBlue = "#56B4E9"
    public static let bluishGreen = "#009E73"
    public static let yellow = "#F0E442"
    public static let blue = "#0072B2"
    public static let vermillion = "#D55E00"
    public static let reddishPurple = "#CC79A7"
    public static let black = "#000000"

    /// Text, axes, grid and reference bands.
    public static let ink = "#1F1F1F"
    public static let axis = "#5A5A5A"
    public static let grid = "#E2E2E2"
    public static let band = "#DCDCDC"
    public static let background = "#fff"

    /// Series colours in order of use.
    public static let series = [blue, orange, bluishGreen, vermillion, reddishPurple, skyBlue]

    /// Status colours in the order active, at risk, lost, churned, other: green is "fine",
    /// orange "watch", vermillion "gone".
    public static let status = [bluishGreen, orange, vermillion, reddishPurple, skyBlue]

    /// Fill patterns layered over series colours, in order of use (solid first).
    enum Pattern: Int, CaseIterable { case solid, hatch, dots, cross }

    /// The heat-map ramp: t = 0 -> near white, t = 1 -> dark blue.
    static func ramp(_ t: Double) -> String {
        let u = t.isFinite ? min(max(t, 0), 1) : 0
        let light = (0xF2, 0xF7, 0xFB), dark = (0x08, 0x30, 0x6B)
        func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * u).rounded()) }
        return hex(mix(light.0, dark.0), mix(light.1, dark.1), mix(light.2, dark.2))
    }

    /// Text colour readable on a ramp cell.
    static func textOnRamp(_ t: Double) -> String { t > 0.5 ? background : ink }

    private static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return "#" + [r, g, b].map { String([digits[$0 / 16], digits[$0 % 16]]) }.joined()
    }
}
