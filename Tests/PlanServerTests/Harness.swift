import Foundation
import LanguageServer
import PlanLint
@testable import PlanServer

/// A temporary folder for one test, removed when the value is released.
final class Folder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "planlint-lsp-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func uri(_ name: String) -> String { "file://" + path + "/" + name }
}

/// A plan whose KPI text holds 𠮷 (outside the BMP), half-width kana, kanji, full-width
/// letters and a doubled を: three findings on line 6 at known columns.
let japanesePlan = """
    planlint: 1
    prefecture: {code: 8, name: 茨城県}
    period: {from: 2020, to: 2022}
    kpis:
      - id: seminars
        text: 𠮷田ｶﾅ漢字ＡＢＣのアドバイスををする。知財セミナーを年6回開催する。
        targets:
          - {metric: 知財セミナーの開催回数, value: 6, unit: 回, basis: annual}
        supports: [plan/ip]
    visions:
      - id: plan
        title: 茨城県総合計画
        period: {from: 2018, to: 2023}
        goals:
          - id: ip
            heading: 知財の活用
            text: 知財セミナーの開催により中小企業の知財活用を促進する。

    """

/// Drives a `PlanLanguageServer` in process through a real `Connection`: JSON in, the
/// JSON it sends out (responses and notifications) decoded.
final class Session {
    private var chunks: [[UInt8]] = []
    private var nextID = 1
    let options: LintOptions

    init(options: LintOptions = LintOptions()) {
        var options = options
        options.environment = ["LANG": "C"]
        self.options = options
    }

    static func json(_ value: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: value), as: UTF8.self)
    }

    private func frame(_ object: [String: Any]) {
        var o = object
        o["jsonrpc"] = "2.0"
        let body = Array(Self.json(o).utf8)
        chunks.append(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    @discardableResult
    func request(_ method: String, _ params: [String: Any]) -> Int {
        defer { nextID += 1 }
        frame(["id": nextID, "method": method, "params": params])
        return nextID
    }

    func notify(_ method: String, _ params: [String: Any]) {
        frame(["method": method, "params": params])
    }

    func initialize(encoding: String? = nil, lang: String? = nil) {
        var params: [String: Any] = ["capabilities": encoding.map { ["general": ["positionEncodings": [$0]]] } ?? [:]]
        if let lang { params["initializationOptions"] = ["lang": lang] }
        request("initialize", params)
        notify("initialized", [:])
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "yaml", "version": version, "text": text]])
    }

    /// Runs everything queued; returns what the server sent, in order.
    func run() -> [[String: Any]] {
        let out = Output()
        let connection = Connection(writer: MessageWriter { out.append($0); return true }, log: { _ in })
        var rest = chunks
        chunks = []
        var reader = MessageReader { buffer in
            guard !rest.isEmpty else { return false }
            buffer += rest.removeFirst()
            return true
        }
        _ = connection.run(reader: &reader, handler: server)
        var parse = MessageReader { [bytes = out.bytes] buffer in
            buffer += bytes
            return false
        }
        var sent: [[String: Any]] = []
        while case .message(let body) = parse.next() {
            sent.append((try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:])
        }
        return sent
    }

    lazy var server = PlanLanguageServer(options: options)

    static func diagnostics(_ sent: [[String: Any]]) -> [[[String: Any]]] {
        sent.filter { $0["method"] as? String == "textDocument/publishDiagnostics" }
            .map { (($0["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]) ?? [] }
    }

    static func result(_ sent: [[String: Any]], id: Int) -> Any? {
        sent.first { $0["id"] as? Int == id }?["result"]
    }
}

final class Output: @unchecked Sendable {
    private let lock = NSLock()
    private var data: [UInt8] = []
    func append(_ b: [UInt8]) { lock.lock(); data += b; lock.unlock() }
    var bytes: [UInt8] { lock.lock(); defer { lock.unlock() }; return data }
}

/// `(line, character, endLine, endCharacter)` of an LSP range in JSON.
func span(_ d: [String: Any]) -> [Int] {
    let r = d["range"] as? [String: Any] ?? [:]
    let s = r["start"] as? [String: Int] ?? [:], e = r["end"] as? [String: Int] ?? [:]
    return [s["line"] ?? -1, s["character"] ?? -1, e["line"] ?? -1, e["character"] ?? -1]
}
