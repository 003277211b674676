internal import CPCRE2
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One PCRE2 match-data block per thread, created on first use and freed when the thread ends.
/// Patterns share it (only the whole-match pair is read), so matching allocates nothing.
enum MatchDataCache {
    /// Capture pairs the block holds; more groups still match, their offsets are just not recorded.
    static let pairs: UInt32 = 16

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        #if canImport(Darwin)
        let free: @convention(c) (UnsafeMutableRawPointer) -> Void = { pcre2_match_data_free_8(OpaquePointer($0)) }
        #else
        let free: @convention(c) (UnsafeMutableRawPointer?) -> Void = { pointer in
            if let pointer { pcre2_match_data_free_8(OpaquePointer(pointer)) }
        }
        #endif
        pthread_key_create(&key, free)
        return key
    }()

    /// This thread's match data.
    static func current() -> OpaquePointer {
        if let existing = pthread_getspecific(key) { return OpaquePointer(existing) }
        guard let created = pcre2_match_data_create_8(pairs, nil) else {
            preconditionFailure("PCRE2 could not allocate match data (out of memory)")
        }
        pthread_setspecific(key, UnsafeRawPointer(created))
        return created
    }
}
