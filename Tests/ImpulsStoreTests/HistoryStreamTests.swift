import Testing
@testable import ImpulsStore

/// The fast-export stream the erasure rewrites: blobs passed through, the ref renamed, and counts
/// that do not fit the stream never used to index it.
@Suite struct HistoryStreamTests {
    func rewrite(_ text: String) -> String {
        let out = HistoryStream.rewrite(Array(text.utf8), ref: ("refs/a", "refs/b")) { blob in blob == Array("old".utf8) ? Array("newer".utf8) : nil }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func blobsAreChangedAndTheRefRenamed() {
        #expect(rewrite("blob\nmark :1\ndata 3\nold\ncommit refs/a\nmark :2\ndata 3\nold\nreset refs/a\n")
                == "blob\nmark :1\ndata 5\nnewer\ncommit refs/b\nmark :2\ndata 3\nold\nreset refs/b\n", "a commit message is no blob")
    }

    @Test(arguments: ["blob\ndata -5\nabc\n", "blob\ndata 9223372036854775807\nabc\n", "blob\ndata 99\nabc"])
    func aCountThatDoesNotFitTheStreamNeverTraps(stream: String) {
        _ = rewrite(stream)
    }
}
