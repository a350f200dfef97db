import PlanCatalogue
import PlanDocx
import PlanImport
import PlanModel
#if canImport(Glibc)
import Glibc
#endif

/// What `planlint import` is asked to do.
public struct ImportOptions: Sendable {
    public var source: String
    /// A folder for one file per prefecture, or (with one prefecture) a `.yaml` file; nil:
    /// standard output, for one prefecture only.
    public var output: String?
    /// Codes (8, 08), names (茨城, 茨城県) or romaji (ibaraki); empty: every prefecture.
    public var prefectures: [String] = []
    public var force = false
    public var language: Language?
    public var environment: [String: String] = [:]

    public init(source: String) { self.source = source }
}

/// Runs `planlint import`: reads the source (text; the one place bytes become text is
/// `SourceText`), drafts one plan per prefecture section, and writes them, each file whole
/// or not at all, never over an existing file without --force. Everything that can fail
/// (reading, selecting, the files to write) is checked before the first file is written.
public enum ImportRunner {
    /// The largest source read: the seed, all 47 prefectures, is 100 KB.
    static let maxSourceBytes = 32 << 20

    public static func run(_ options: ImportOptions, standardOutput: any ReportSink, standardError: any ReportSink) -> Int32 {
        var lint = LintOptions()
        lint.language = options.language
        lint.environment = options.environment
        let ja = lint.language(configured: nil) == .ja
        let messages = MessageLines(sink: standardError)
        do {
            let notes = try runChecked(options, japanese: ja, standardOutput: standardOutput)
            try standardOutput.flush()
            messages.write(notes)
            return 0
        } catch let failure as WriteFailure where failure.quiet {
            return 2
        } catch {
            messages.write([Notice.error(error, ja ? .ja : .en)])
            return 2
        }
    }

    static func runChecked(_ options: ImportOptions, japanese ja: Bool, standardOutput: any ReportSink) throws -> [String] {
        let text = try readSource(options.source, japanese: ja)
        var drafts = AnnexReader.drafts(text)
        if drafts.isEmpty {
            throw SetupError(file: options.source, message: ja
                ? "都道府県の見出し（北海道、青森 …）が見つかりません。別添2の様式の文書を指定してください"
                : "no prefecture heading (北海道, 青森 …) found: is this the annex (別添2) text?")
        }
        if !options.prefectures.isEmpty {
            var codes: [Int] = []
            for wanted in options.prefectures {
                guard let code = Prefectures.code(ofArgument: wanted) else {
                    throw SetupError(file: "--prefecture", message: ja
                        ? "「\(wanted)」は都道府県コード（1〜47）・名前・ローマ字のいずれでもありません"
                        : "\(wanted) is not a prefecture code (1–47), name or romaji name")
                }
                guard drafts.contains(where: { $0.code == code }) else {
                    throw SetupError(file: options.source, message: ja
                        ? "\(Prefectures.name(of: code)!) の節がありません" : "has no section for \(Prefectures.name(of: code)!)")
                }
                if !codes.contains(code) { codes.append(code) }
            }
            drafts = drafts.filter { codes.contains($0.code) }
        }
        let sourceName = FileSystem.name(of: options.source)
        let files = drafts.map { (draft: $0, yaml: DraftWriter.yaml($0, source: sourceName, japanese: ja)) }

        guard let output = options.output else {
            guard files.count == 1 else {
                throw SetupError(file: "--output", message: ja
                    ? "\(files.count) 件の計画を書き出すには --output でフォルダを指定してください（1件なら標準出力）"
                    : "give a folder with --output to write \(files.count) plans (one plan goes to standard output)")
            }
            try standardOutput.write(files[0].yaml)
            return []
        }
        // One prefecture may go to a named .yaml file; otherwise OUTPUT is a folder.
        let single = files.count == 1 && (output.hasSuffix(".yaml") || output.hasSuffix(".yml"))
        if !single {
            switch FileSystem.kind(output) {
            case .directory: break
            case .missing:
                guard mkdir(output, 0o777) == 0 else {
                    throw SetupError(file: output, message: (ja ? "フォルダを作れません: " : "cannot create the folder: ") + FileSystem.errnoText())
                }
            default:
                throw SetupError(file: output, message: ja ? "フォルダではありません" : "is not a folder")
            }
        }
        let paths = single ? [output] : files.map { FileSystem.join(output, Prefectures.fileName(of: $0.draft.code)) }
        if !options.force {
            let existing = paths.filter { if case .missing = FileSystem.kind($0) { return false } else { return true } }
            if !existing.isEmpty {
                throw SetupError(file: existing[0], message: ja
                    ? "既にあるファイルは上書きしません（\(existing.count) 件）。上書きするには --force を付けてください"
                    : "will not overwrite existing files (\(existing.count)); add --force to replace them")
            }
        }
        _ = try OutputSafety.check(outputs: paths, inputs: [(role: OutputSafety.source, path: options.source)],
                                   what: OutputSafety.draft)
        for (path, file) in zip(paths, files) {
            if let problem = FileSystem.writeAtomically(Array(file.yaml.utf8), to: path) {
                throw SetupError(file: path, message: problem)
            }
        }
        let kpis = files.reduce(0) { $0 + $1.draft.kpis.count }
        return [ja ? "planlint: \(paths.count) 件の下書きを書き出しました（KPI \(kpis) 件）。# の付いた推定値と提案を確認してください"
                   : "planlint: wrote \(paths.count) draft(s) (\(kpis) KPIs); review the values marked with #"]
    }

    /// The source's text: the one place a source file becomes text, for import and verify.
    /// A .docx (by name, or by the zip signature) is read by `DocxText`; any other file is
    /// text, decoded by `SourceText` (where other encodings plug in).
    static func readSource(_ path: String, japanese ja: Bool) throws -> String {
        switch FileSystem.read(path, limit: maxSourceBytes) {
        case .failure(let failure):
            throw SetupError(file: path, message: failure.text)
        case .success(let bytes):
            if path.lowercased().hasSuffix(".docx") || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                do { return try DocxText.text(of: bytes) } catch {
                    throw SetupError(file: path, message: error.message(japanese: ja))
                }
            }
            do { return try SourceText.text(of: bytes, name: path) } catch {
                throw SetupError(file: path, message: SourceText.message(error, japanese: ja))
            }
        }
    }

}
