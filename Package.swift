// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Boomerang",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "boomerang", targets: ["boomerang"]),
        .library(name: "BoomerangKit", targets: ["BoomerangKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // cmark-gfm from Debian's libcmark-gfm-dev; see Sources/CCmarkGFM/module.modulemap.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // librsvg + cairo from Debian's librsvg2-dev: charts rasterized to PNG for email.
        .systemLibrary(
            name: "CRsvg",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"])]
        ),
        // A few lines of C for what Swift's Glibc module hides (renameat2).
        .target(name: "CSystemSupport"),
        // Value types only: the loaded handbook, diagnostics and the analysis results.
        .target(name: "BoomerangModel"),
        // Pure functions Model -> Analysis: rhythm, status, BG/NBD, Gamma-Gamma, RFM, ABC/XYZ, win-back.
        .target(
            name: "BoomerangAnalytics",
            dependencies: ["BoomerangModel", .product(name: "Numerics", package: "swift-numerics")]
        ),
        // One escaping function per output context (HTML, URL, XML/SVG, JavaScript, Markdown,
        // email headers, CSV), on bytes: every value from data reaches an output through it.
        .target(name: "BoomerangEscaping"),
        // SVG charts: data in, SVG string out. No dependency on the rest, so email can rasterize them.
        .target(name: "BoomerangCharts", dependencies: ["BoomerangEscaping", "BoomerangModel"]),
        // Load, validate, plan, render and write: the pipeline around the pure parts.
        .target(
            name: "BoomerangKit",
            dependencies: [
                "CCmarkGFM", "CRsvg", "CSystemSupport", "BoomerangModel", "BoomerangEscaping", "BoomerangAnalytics", "BoomerangCharts",
                .product(name: "Yams", package: "Yams"),
                // .xlsx workbooks are ZIP archives of XML parts (Input/Excel/).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // PostgreSQL as a data source (docs/database.md): its own target so that only the
        // command line and its tests link postgres-nio and SwiftNIO.
        .target(
            name: "BoomerangDatabase",
            dependencies: [
                "BoomerangKit", "BoomerangModel",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `boomerang serve`: HTTP preview with rebuild on change and live reload. Its own target so
        // nothing else depends on the HTTP server.
        .target(
            name: "BoomerangServe",
            dependencies: ["BoomerangKit", "BoomerangEscaping", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "boomerang",
            dependencies: [
                "BoomerangKit",
                "BoomerangServe",
                "BoomerangDatabase",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BoomerangAnalyticsTests", dependencies: ["BoomerangAnalytics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "BoomerangEscapingTests", dependencies: ["BoomerangEscaping"]),
        .testTarget(name: "BoomerangChartsTests", dependencies: ["BoomerangCharts"], resources: [.copy("Expected")]),
        // Against a real PostgreSQL server: `make test` runs them through scripts/with-test-postgres.sh.
        .testTarget(
            name: "BoomerangDatabaseTests",
            dependencies: ["BoomerangDatabase", "BoomerangKit", "BoomerangModel", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .testTarget(
            name: "BoomerangKitTests",
            // swift-mustache only as the reference the compiled renderer is checked against.
            dependencies: ["BoomerangKit", "BoomerangServe", "BoomerangEscaping", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Fixtures")]
        ),
    ]
)
