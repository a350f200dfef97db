import Foundation
import PlanTestSupport
import XCTest

/// The self-contained binary of `scripts/build-static.sh`: it must carry the Swift runtime
/// and libyaml inside it, and lint Plans/ exactly as the toolchain build does.
///
/// The binary is built by the script, not by this test (a release build takes minutes):
/// `.ci/run` builds it before `swift test`. Locally the test runs when the binary is there
/// (`.build-static/planlint`, or PLANLINT_STATIC_BINARY) and is skipped otherwise; on CI a
/// missing binary fails.
final class StaticBinaryTests: XCTestCase {
    private var binary: String? {
        let path = ProcessInfo.processInfo.environment["PLANLINT_STATIC_BINARY"]
            ?? repositoryRoot + "/.build-static/planlint"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    private func staticBinary() throws -> String {
        if let binary { return binary }
        if ConsumerTools.isCI { XCTFail("no self-contained binary: run scripts/build-static.sh first"); throw Skip() }
        throw XCTSkip("scripts/build-static.sh has not been run")
    }

    private struct Skip: Error {}

    func testLinksNeitherTheSwiftRuntimeNorLibyamlDynamically() throws {
        let path = try staticBinary()
        let ldd = try ConsumerTools.run("ldd", [path])
        XCTAssertEqual(ldd.status, 0, ldd.output)
        for library in ["libswift", "libFoundation", "libdispatch", "libBlocksRuntime", "libyaml", "libicu"] {
            XCTAssertFalse(ldd.output.contains(library), "\(library) is linked dynamically:\n\(ldd.output)")
        }
        XCTAssertTrue(ldd.output.contains("libc.so"), "glibc stays dynamic (iconv needs its gconv modules):\n\(ldd.output)")
    }

    /// Copied alone into an empty folder and run with an empty environment (no PATH, no
    /// LD_LIBRARY_PATH, no toolchain), it reports on Plans/ what the toolchain build reports.
    func testLintsPlansAloneAsTheToolchainBuildDoes() throws {
        let path = try staticBinary()
        let folder = try TemporaryFolder()
        let copy = folder.path + "/planlint"
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let plans = repositoryRoot + "/Plans"
        let alone = try Binary.run(["lint", plans, "--format", "json", "--lang", "en"], in: folder.path,
                                   environment: [:], executable: copy)
        XCTAssertEqual(alone.status, 1, alone.err)
        XCTAssertEqual(alone.err, "")
        let inProcess = lint([plans]) { $0.format = .json }
        XCTAssertEqual(alone.out, inProcess.stdout, "the self-contained binary reports Plans/ differently")
        XCTAssertTrue(alone.out.contains("\"rule\""), "no diagnostics in:\n\(alone.out.prefix(300))")

        let japanese = try Binary.run(["lint", plans + "/08-ibaraki.yaml", "--lang", "ja"], in: folder.path,
                                      environment: [:], executable: copy)
        XCTAssertTrue(japanese.out.contains("08-ibaraki.yaml:"), japanese.out)
        XCTAssertTrue(japanese.out.contains("不合格") || japanese.out.contains("合格"), japanese.out)
    }
}
