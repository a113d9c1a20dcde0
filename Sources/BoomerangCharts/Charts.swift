/// SVG charts: data in, SVG string out.
public enum Charts {}
