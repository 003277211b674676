internal import CPCRE2
import Foundation
import Synchronization

/// A PCRE2 pattern, compiled once and safe to use from any thread.
///
/// PCRE2's interpreter runs a pattern until it has scanned ``jitThreshold`` bytes of subjects; then the
/// pattern is JIT-compiled, once, where the platform has a JIT. JIT code matches about four times faster but
/// takes as long to make as the interpreter takes to scan some 5-10 KB, so a command that scores one answer
/// would spend more on JIT compilation than it saves, while a round or a batch soon earns it back.
///
/// Subjects are Swift `String`s, which are always valid UTF-8, so they are matched with
/// `PCRE2_NO_UTF_CHECK`. Matching is bounded by ``Limits``: a pattern that backtracks without end
/// throws ``RegexError/limitExceeded(message:pattern:)`` instead of hanging.
public final class Regex: @unchecked Sendable {
    // @unchecked: `code` and `context` are written once in `init` and only read afterwards (PCRE2
    // documents compiled code and match contexts as safe to share between threads). JIT compilation works
    // on a copy of `code`, so threads still interpreting `code` never see it change; `jitCode` and
    // `jitState` are written once under `jitLock`, and `jitCode` is read only after `jitReady` is seen set
    // (release/acquire); `scanned` is an atomic.

    /// Bounds on the work of one match call.
    public struct Limits: Sendable, Hashable {
        /// PCRE2's match limit (backtracking steps per match call).
        public var match: UInt32
        /// PCRE2's depth limit (nested backtracking, interpreter only).
        public var depth: UInt32
        /// PCRE2's heap limit in KiB (interpreter only).
        public var heapKiB: UInt32

        public init(match: UInt32 = 5_000_000, depth: UInt32 = 100_000, heapKiB: UInt32 = 50_000) {
            self.match = match
            self.depth = depth
            self.heapKiB = heapKiB
        }

        /// Limits that end a runaway pattern in well under a second but never bind a sound one.
        public static let `default` = Limits()
    }

    /// The pattern as written.
    public let pattern: String
    /// The options it was compiled with.
    public let options: RegexOptions
    /// Subject bytes the interpreter scans with a pattern before it is JIT-compiled (about four 300-word
    /// answers). JIT compilation of a rubric pattern costs about what the interpreter spends on 5-10 KB, so
    /// waiting this long never costs more than twice the better choice made in hindsight.
    public static let jitThreshold = 8 * 1024

    /// Whether PCRE2's JIT has compiled it (until then, and where there is no JIT, the interpreter runs it).
    public var isJITCompiled: Bool { jitReady.load(ordering: .acquiring) }

    private enum JITState { case pending, compiled, unavailable }
    private var jitState: JITState
    private let jitLock = NSLock()
    /// Set once JIT code exists, so that matching after that takes no lock.
    private let jitReady = Atomic<Bool>(false)
    /// The JIT-compiled copy of `code`, once made.
    private var jitCode: OpaquePointer?
    /// Subject bytes scanned by the interpreter so far.
    private let scanned = Atomic<Int>(0)

    private let code: OpaquePointer
    private let context: OpaquePointer

    /// Compiles `pattern`; it is JIT-compiled once it has scanned ``jitThreshold`` bytes, unless `jit` is false
    /// (for a pattern only checked).
    /// - Throws: ``RegexError/compile(message:column:pattern:)`` with PCRE2's message and the character column.
    public init(_ pattern: String, options: RegexOptions = .unicode, limits: Limits = .default, jit: Bool = true) throws(RegexError) {
        let bytes = Array(pattern.utf8)
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(
                buffer.baseAddress ?? Regex.emptySubject, buffer.count, options.rawValue,
                &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            let column = String(decoding: bytes.prefix(errorOffset), as: UTF8.self).count
            throw .compile(message: Regex.message(for: errorCode), column: column, pattern: pattern)
        }
        guard let context = pcre2_match_context_create_8(nil) else {
            pcre2_code_free_8(compiled)
            preconditionFailure("PCRE2 could not allocate a match context (out of memory)")
        }
        pcre2_set_match_limit_8(context, limits.match)
        pcre2_set_depth_limit_8(context, limits.depth)
        pcre2_set_heap_limit_8(context, limits.heapKiB)
        self.pattern = pattern
        self.options = options
        self.code = compiled
        self.context = context
        self.jitState = jit ? .pending : .unavailable
    }

    deinit {
        pcre2_match_context_free_8(context)
        pcre2_code_free_8(code)
        if let jitCode { pcre2_code_free_8(jitCode) }
    }

    /// The shortest subject, in characters, the pattern could match (PCRE2's `INFO_MINLENGTH`, a lower
    /// bound): 0 means it can match the empty string.
    public var minimumLength: Int {
        var length: UInt32 = 0
        return pcre2_pattern_info_8(code, cpcre2_info_minlength(), &length) == 0 ? Int(length) : 0
    }

    /// Whether the pattern matches anywhere in `text`.
    public func matches(in text: String) throws(RegexError) -> Bool {
        try firstMatch(in: text) != nil
    }

    /// The leftmost match in `text`, or `nil`.
    public func firstMatch(in text: String) throws(RegexError) -> Match? {
        try allMatches(in: text, limit: 1).first
    }

    /// Every non-overlapping match in `text`, left to right.
    public func allMatches(in text: String) throws(RegexError) -> [Match] {
        try allMatches(in: text, limit: .max)
    }

    /// Runs the pattern over `text` with the interpreter (no JIT) and the match limits, to find patterns that
    /// backtrack without end before a user's answer does.
    /// - Throws: ``RegexError/limitExceeded(message:pattern:)`` for such a pattern.
    public func checkBacktracking(against text: String) throws(RegexError) {
        let result = Array(text.utf8).withUnsafeBufferPointer { buffer in
            Result { () throws(RegexError) in _ = try scan(buffer, limit: .max, jit: false) }
        }
        try result.get()
    }

    /// Byte ranges of up to `limit` non-overlapping matches in `text`.
    public func byteRanges(in text: String, limit: Int = .max) throws(RegexError) -> [Range<Int>] {
        let result = text.utf8.withContiguousStorageIfAvailable { buffer in
            Result { () throws(RegexError) in try scan(buffer, limit: limit) }
        } ?? Array(text.utf8).withUnsafeBufferPointer { buffer in
            Result { () throws(RegexError) in try scan(buffer, limit: limit) }
        }
        return try result.get()
    }

    private func allMatches(in text: String, limit: Int) throws(RegexError) -> [Match] {
        let utf8 = text.utf8
        return try byteRanges(in: text, limit: limit).map { bytes in
            let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
            let upper = utf8.index(lower, offsetBy: bytes.count)
            return Match(range: lower..<upper, byteRange: bytes)
        }
    }

    private func scan(_ subject: UnsafeBufferPointer<UInt8>, limit: Int, jit allowed: Bool = true) throws(RegexError) -> [Range<Int>] {
        let base = subject.baseAddress ?? Regex.emptySubject
        let data = MatchDataCache.current()
        let jit = allowed && usesJIT(scanning: subject.count)
        var ranges: [Range<Int>] = []
        var start = 0
        while ranges.count < limit, start <= subject.count {
            let rc = jit
                ? pcre2_jit_match_8(jitCode, base, subject.count, start, 0, data, context)
                : pcre2_match_8(code, base, subject.count, start, cpcre2_no_utf_check(), data, context)
            if rc == cpcre2_error_nomatch() { break }
            if rc < 0 { throw error(for: rc) }
            let ovector = pcre2_get_ovector_pointer_8(data)!
            let range = ovector[0]..<max(ovector[0], ovector[1])
            ranges.append(range)
            // After an empty match, step over one whole code point so the scan always advances.
            start = range.isEmpty ? Regex.nextCodePoint(after: range.upperBound, in: subject) : range.upperBound
        }
        return ranges
    }

    /// Whether to scan `bytes` more with JIT code: once the interpreter has scanned ``jitThreshold`` bytes,
    /// the pattern is JIT-compiled.
    private func usesJIT(scanning bytes: Int) -> Bool {
        if jitReady.load(ordering: .acquiring) { return true }
        let total = scanned.add(bytes, ordering: .relaxed).newValue
        return total >= Self.jitThreshold && compileJIT()
    }

    /// JIT-compiles the pattern now instead of after ``jitThreshold`` bytes, once; whether JIT code exists
    /// (false where the platform has no JIT, or for a pattern made with `jit: false`).
    @discardableResult
    public func compileJIT() -> Bool {
        if jitReady.load(ordering: .acquiring) { return true }
        jitLock.lock()
        defer { jitLock.unlock() }
        if jitState == .pending {
            jitState = .unavailable
            if let copy = pcre2_code_copy_8(code) {
                if pcre2_jit_compile_8(copy, cpcre2_jit_complete()) == 0 {
                    jitCode = copy
                    jitState = .compiled
                    jitReady.store(true, ordering: .releasing)
                } else {
                    pcre2_code_free_8(copy)
                }
            }
        }
        return jitState == .compiled
    }

    private func error(for code: Int32) -> RegexError {
        let limits = [cpcre2_error_matchlimit(), cpcre2_error_depthlimit(), cpcre2_error_heaplimit(),
                      cpcre2_error_jit_stacklimit()]
        let message = Regex.message(for: code)
        return limits.contains(code)
            ? .limitExceeded(message: message, pattern: pattern)
            : .match(code: code, message: message, pattern: pattern)
    }

    private static func nextCodePoint(after offset: Int, in subject: UnsafeBufferPointer<UInt8>) -> Int {
        var next = offset + 1
        while next < subject.count, subject[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    private static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return length < 0 ? "PCRE2 error \(code)" : String(decoding: buffer.prefix(Int(length)), as: UTF8.self)
    }

    /// PCRE2 wants a non-null subject pointer even for an empty subject.
    nonisolated(unsafe) private static let emptySubject: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()
}
