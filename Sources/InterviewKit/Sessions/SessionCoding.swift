import Foundation

/// A saved document that carries its schema version.
protocol Versioned {
    var version: Int { get }
}

extension Session: Versioned {}
extension PlanCalendar: Versioned {}

/// The JSON form of saved files: pretty, sorted keys, ISO-8601 dates with milliseconds, and
/// non-finite numbers as strings so that a stray NaN never makes a save fail.
enum SessionCoding {
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let whole = Date.ISO8601FormatStyle()
    private static let nonFiniteEncoding = JSONEncoder.NonConformingFloatEncodingStrategy.convertToString(
        positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    private static let nonFiniteDecoding = JSONDecoder.NonConformingFloatDecodingStrategy.convertFromString(
        positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")

    static func makeEncoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(fractional))
        }
        encoder.nonConformingFloatEncodingStrategy = nonFiniteEncoding
        return encoder
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            let style = text.contains(".") ? fractional : whole
            guard let date = try? style.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO-8601 date")
            }
            return date
        }
        decoder.nonConformingFloatDecodingStrategy = nonFiniteDecoding
        return decoder
    }

    /// Pretty JSON with a final newline.
    static func encode(_ value: some Encodable) throws -> Data {
        var data = try makeEncoder().encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Decodes a versioned document, refusing newer versions by name.
    static func decode<Document: Decodable & Versioned>(_ type: Document.Type, from data: Data, path: String,
                                                         currentVersion: Int) throws(SessionStoreError) -> Document {
        let document: Document
        do {
            document = try makeDecoder().decode(type, from: data)
        } catch {
            throw failure(decoding: data, path: path, currentVersion: currentVersion, error: error)
        }
        if document.version > currentVersion {
            throw SessionStoreError.newerVersion(path: path, version: document.version)
        }
        return document
    }

    /// Why `data` did not decode: a newer version when it says so, else the decoding error in words.
    static func failure(decoding data: Data, path: String, currentVersion: Int, error: any Error) -> SessionStoreError {
        if let probe = try? JSONDecoder().decode(VersionProbe.self, from: data), probe.version > currentVersion {
            return .newerVersion(path: path, version: probe.version)
        }
        if data.isEmpty { return .unreadable(path: path, reason: "the file is empty") }
        return .unreadable(path: path, reason: reason(for: error))
    }

    private static func reason(for error: any Error) -> String {
        guard let error = error as? DecodingError else { return error.localizedDescription }
        switch error {
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            return "not valid JSON (truncated or damaged)"
        case let .keyNotFound(key, context):
            return "missing '\(key.stringValue)'\(place(context.codingPath))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(context.debugDescription)\(place(context.codingPath))"
        @unknown default:
            return error.localizedDescription
        }
    }

    private static func place(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "" }
        return " at " + path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            .trimmingPrefix(".")
    }

    private struct VersionProbe: Decodable {
        var version: Int
    }
}
