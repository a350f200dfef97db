#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A JSON-RPC request id: a number or a string (JSON-RPC 2.0 §4).
public enum RequestID: Hashable, Sendable, Codable, CustomStringConvertible {
    case number(Int)
    case string(String)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .string(try c.decode(String.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        }
    }

    public var description: String {
        switch self {
        case .number(let n): return String(n)
        case .string(let s): return "\"\(s)\""
        }
    }
}

/// Any JSON value, for the parts of the protocol that are free-form (initializationOptions, data).
public enum JSONValue: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}

/// A JSON-RPC error object, with the codes JSON-RPC and LSP define.
public struct ResponseError: Error, Codable, Sendable, Hashable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    public static let serverNotInitialized = -32002
    public static let requestCancelled = -32800

    public static func methodNotFound(_ method: String) -> ResponseError {
        ResponseError(code: methodNotFound, message: "method not found: \(method)")
    }
}

/// One message read from the client: a request (id and method), a notification (method
/// only) or a response to a request of ours (id only). The params are decoded on demand
/// into the type the handler expects, from the message's own bytes.
public struct Message: Sendable {
    public var id: RequestID?
    public var method: String?
    public var bytes: Data

    public var isRequest: Bool { id != nil && method != nil }
    public var isNotification: Bool { id == nil && method != nil }

    private struct Envelope: Decodable {
        var jsonrpc: String?
        var id: RequestID?
        var method: String?
    }

    private struct Params<P: Decodable>: Decodable {
        var params: P
    }

    /// Reads the envelope of a message; throws a parse error for bytes that are not a JSON object.
    public init(bytes: Data) throws {
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: bytes)
        } catch {
            throw ResponseError(code: ResponseError.parseError, message: "not a JSON-RPC message: \(Self.describe(error))")
        }
        id = envelope.id
        method = envelope.method
        self.bytes = bytes
    }

    public init(id: RequestID?, method: String?, bytes: Data) {
        self.id = id
        self.method = method
        self.bytes = bytes
    }

    /// The params as `P`; throws InvalidParams when they are missing or of another shape.
    public func params<P: Decodable>(_ type: P.Type) throws -> P {
        do {
            return try JSONDecoder().decode(Params<P>.self, from: bytes).params
        } catch {
            throw ResponseError(code: ResponseError.invalidParams,
                                message: "invalid params for \(method ?? "?"): \(Self.describe(error))")
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        "/" + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
    }
}

/// Encodes what the server sends: a response (result or error) or a notification.
enum Outgoing {
    private struct Response: Encodable {
        var id: RequestID?
        var result: (any Encodable)?
        var error: ResponseError?

        enum Keys: String, CodingKey { case jsonrpc, id, result, error }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode("2.0", forKey: .jsonrpc)
            if let id { try c.encode(id, forKey: .id) } else { try c.encodeNil(forKey: .id) }
            if let error {
                try c.encode(error, forKey: .error)
            } else if let result {
                try c.encode(result, forKey: .result)
            } else {
                try c.encodeNil(forKey: .result)
            }
        }
    }

    private struct Notification: Encodable {
        var method: String
        var params: any Encodable

        enum Keys: String, CodingKey { case jsonrpc, method, params }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode("2.0", forKey: .jsonrpc)
            try c.encode(method, forKey: .method)
            try c.encode(params, forKey: .params)
        }
    }

    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    static func response(id: RequestID?, result: (any Encodable)?) throws -> Data {
        try encoder().encode(Response(id: id, result: result, error: nil))
    }

    static func response(id: RequestID?, error: ResponseError) -> Data {
        // An error object always encodes.
        (try? encoder().encode(Response(id: id, result: nil, error: error))) ?? Data()
    }

    static func notification(method: String, params: any Encodable) throws -> Data {
        try encoder().encode(Notification(method: method, params: params))
    }
}
