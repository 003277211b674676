import Dispatch
import Foundation
import InterviewKit

/// Saves the round as interrupted when the user presses Ctrl-C: the session saved after the last answer
/// is written again with status `interrupted`, then the process ends (status 130, as shells expect).
final class InterruptGuard: @unchecked Sendable {
    // @unchecked: `latest` is only touched under `lock`.
    private let lock = NSLock()
    private var latest: Session?
    private let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())

    init(save: @escaping @Sendable (Session) throws -> URL) {
        signal(SIGINT, SIG_IGN)
        source.setEventHandler { [weak self] in
            guard let self else { exit(130) }
            self.lock.lock()
            var session = self.latest
            self.lock.unlock()
            if var interrupted = session {
                interrupted.status = .interrupted
                interrupted.endedAt = Date()
                session = interrupted
                if let url = try? save(interrupted) {
                    FileHandle.standardError.write(Data("\nInterrupted; your answers are saved in \(url.path)\n".utf8))
                }
            }
            exit(130)
        }
        source.resume()
    }

    /// Remembers the session as last saved.
    func saved(_ session: Session) {
        lock.lock()
        latest = session
        lock.unlock()
    }
}
