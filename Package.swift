// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "interview",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "interview", targets: ["interview"]),
        .library(name: "InterviewKit", targets: ["InterviewKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        .target(
            name: "InterviewKit",
            dependencies: ["PCRE2", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "interview",
            dependencies: ["InterviewKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "interview-bench",
            dependencies: ["InterviewKit", "PCRE2", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(
            name: "InterviewKitTests",
            dependencies: ["InterviewKit", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
