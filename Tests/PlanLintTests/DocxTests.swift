import Foundation
import Testing
import ZIPFoundation
import PlanDocx
import PlanRules
@testable import PlanLint

@Suite("planlint import and verify: .docx sources")
struct DocxTests {
    static let fixtures = repositoryRoot + "/Tests/Fixtures/"

    @Test("the LibreOffice .docx gives the same drafts as its text")
    func sameAsText() {
        for code in ["8", "9"] {
            let fromText = ImportRunner.run(Self.fixtures + "annex-excerpt.txt") { $0.prefectures = [code] }
            let fromDocx = ImportRunner.run(Self.fixtures + "annex-excerpt.docx") { $0.prefectures = [code] }
            #expect(fromDocx.status == 0, "\(fromDocx.stderr)")
            #expect(fromText.stdout.contains("kpis:\n  - id: "))
            // Only the header names the file.
            #expect(fromDocx.stdout.split(separator: "\n").dropFirst() == fromText.stdout.split(separator: "\n").dropFirst())
        }
    }

    @Test("verify reads a .docx source too")
    func verifyDocx() {
        var options = LintOptions()
        options.paths = [Corpus.plansFolder + "/08-ibaraki.yaml", Corpus.plansFolder + "/09-tochigi.yaml"]
        options.language = .en
        options.color = .never
        let outcome = RunOutcome.collect {
            VerifyRunner.run(options, source: Self.fixtures + "annex-excerpt.docx", standardOutput: $0, standardError: $1)
        }
        #expect(outcome.status == 0, "\(outcome.stdout) \(outcome.stderr)")
        #expect(outcome.stdout.contains("2 files: 0 errors"))
    }

    /// A zip made in memory with the given entries.
    static func zip(_ entries: [(String, Data)], to path: String) throws {
        let archive = try Archive(accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try archive.data!.write(to: URL(fileURLWithPath: path))
    }

    @Test("a broken .docx is exit 2 with a message, never a crash")
    func broken() throws {
        let folder = try TemporaryFolder()
        let notZip = try folder.write("not-a-zip.docx", "北海道\n")
        func failure(_ path: String, _ language: Language = .en) -> String {
            let outcome = ImportRunner.run(path) { $0.prefectures = ["8"]; $0.language = language }
            #expect(outcome.status == 2)
            return outcome.stderr.joined()
        }
        #expect(failure(notZip).contains("not a zip archive"))
        #expect(failure(notZip, .ja).contains("zip 形式ではありません"))

        let noDocument = folder.path + "/no-document.docx"
        try Self.zip([("word/styles.xml", Data("<x/>".utf8))], to: noDocument)
        #expect(failure(noDocument).contains("without word/document.xml"))

        let badXML = folder.path + "/bad-xml.docx"
        try Self.zip([("word/document.xml", Data("<w:document><w:p>".utf8))], to: badXML)
        #expect(failure(badXML).contains("XML is broken"))
        let mismatched = folder.path + "/mismatched.docx"
        try Self.zip([("word/document.xml", Data("<w:document><w:p></w:x></w:document>".utf8))], to: mismatched)
        #expect(failure(mismatched).contains("XML is broken"))

        // A zip bomb: 65 MiB of spaces inflate from ~64 KB.
        let bomb = folder.path + "/bomb.docx"
        try Self.zip([("word/document.xml", Data(repeating: 0x20, count: DocxText.maxDocumentBytes + 1))], to: bomb)
        let bombSize = try FileManager.default.attributesOfItem(atPath: bomb)[.size] as? Int ?? 0
        #expect(bombSize < 1 << 20)
        #expect(failure(bomb).contains("inflates beyond the limit"))

        // More entries than the limit.
        let many = folder.path + "/many.docx"
        try Self.zip((0...DocxText.maxEntries).map { ("f\($0)", Data()) }, to: many)
        #expect(failure(many).contains("more than \(DocxText.maxEntries) zip entries"))
    }
}
