#if canImport(Glibc)
import Glibc
#endif

/// A TCP server on the loopback that lets git connect and never answers (a hotel wifi, a VPN that dropped).
public final class SilentServer {
    public let port: Int
    private let socketDescriptor: Int32

    public init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        socketDescriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && listen(descriptor, 8) == 0
                    && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { throw Unavailable() }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    public func stop() { close(socketDescriptor) }

    /// No socket could be bound on the loopback.
    public struct Unavailable: Error {}
}
