#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Events that work on another thread (a sync) hands to the run loop: posted from any thread,
/// taken by the loop, which wakes on `descriptor` (a pipe's read end) as it wakes on a key.
public final class Inbox: Sendable {
    private let queued = Mutex<[Event]>([])
    /// The loop waits on this one; a byte is written to the other end with every post.
    public let descriptor: Int32
    private let writeEnd: Int32

    public init() {
        var ends: [Int32] = [-1, -1]
        // Without a pipe (descriptors exhausted) posts still queue: the loop then finds them when
        // it wakes for a key or its read times out, within `TypingPause.longestRead`.
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            }
        } else {
            ends = [-1, -1]
        }
        descriptor = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if writeEnd >= 0 { close(writeEnd) }
    }

    /// Hands `event` to the loop (from any thread).
    public func post(_ event: Event) {
        queued.withLock { $0.append(event) }
        guard writeEnd >= 0 else { return }
        var byte: UInt8 = 1
        // A full pipe already wakes the loop: a byte that does not fit is not needed.
        _ = write(writeEnd, &byte, 1)
    }

    /// Everything posted since the last call, oldest first.
    public func take() -> [Event] {
        if descriptor >= 0 {
            var buffer = [UInt8](repeating: 0, count: 256)
            while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        }
        return queued.withLock { events in
            defer { events.removeAll() }
            return events
        }
    }

    /// Waits until something is posted or `milliseconds` have passed (while the loop waits for
    /// work to end with no terminal to read).
    public func wait(milliseconds: Int32) {
        guard descriptor >= 0 else {
            usleep(UInt32(max(0, milliseconds)) * 1000)
            return
        }
        var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&watched, 1, milliseconds)
    }
}
