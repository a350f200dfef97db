import Foundation
import Testing
@testable import PlanLint

/// `FileSystem.read`: whole files, sized by fstat, with the byte limit exact.
@Suite("Reading files")
struct FileReadTests {
    private func bytes(_ result: Result<[UInt8], ReadError>) -> [UInt8]? {
        if case .success(let b) = result { return b }
        return nil
    }

    @Test("a file is read whole, at any size around the limit and the read sizes", arguments: [
        0, 1, 100, 4096, 65_535, 65_536, 65_537, 200_000,
    ])
    func wholeFiles(size: Int) throws {
        let folder = try TemporaryFolder()
        let content = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let path = folder.path + "/f.yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(content)))
        #expect(bytes(FileSystem.read(path, limit: size)) == content)
        #expect(bytes(FileSystem.read(path, limit: size + 1)) == content)
        if size > 0 {
            guard case .failure(.tooLarge(let limit)) = FileSystem.read(path, limit: size - 1) else {
                Issue.record("a file one byte over the limit was read")
                return
            }
            #expect(limit == size - 1)
        }
    }

    @Test("a file whose size fstat does not know (procfs) is still read to its end")
    func fileLargerThanItsStatSize() throws {
        let status = try #require(bytes(FileSystem.read("/proc/self/status", limit: 1 << 20)))
        #expect(String(decoding: status, as: UTF8.self).contains("Name:"))
        #expect(status.count > 100)
    }

    @Test("a directory is not read")
    func directory() throws {
        let folder = try TemporaryFolder()
        guard case .failure(.notRegular) = FileSystem.read(folder.path, limit: 100) else {
            Issue.record("a directory was read")
            return
        }
    }
}
