import Testing
@testable import ImpulsUI

/// When the run loop writes the draft of what is typed: 300 ms after the last key, however the
/// reads in between fall; a read never waits longer than 200 ms.
@Suite struct TypingPauseTests {
    let start = ContinuousClock.now
    func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    @Test func withNoDraftWaitingAReadWaitsTheUsual200Ms() {
        let pause = TypingPause(at: at(0))
        #expect(pause.readWait(draftWaiting: false, at: at(0)) == 200)
        #expect(pause.readWait(draftWaiting: false, at: at(10_000)) == 200)
    }

    @Test func theDraftIsDue300MsAfterTheLastKeyAndTheReadsWaitUntilThen() {
        var pause = TypingPause(at: at(0))
        pause.key(at: at(1_000))
        #expect(pause.readWait(draftWaiting: true, at: at(1_000)) == 200, "never longer than a read waits")
        #expect(!pause.isOver(at: at(1_200)), "a read timed out after 200 ms: not yet a pause")
        #expect(pause.readWait(draftWaiting: true, at: at(1_200)) == 100)
        #expect(pause.readWait(draftWaiting: true, at: at(1_250)) == 50)
        #expect(pause.readWait(draftWaiting: true, at: at(1_299) + .microseconds(500)) == 1, "rounded up: over when the read times out")
        #expect(!pause.isOver(at: at(1_299) + .microseconds(999)))
        #expect(pause.isOver(at: at(1_300)))
        #expect(pause.readWait(draftWaiting: true, at: at(1_300)) == 0)
        #expect(pause.readWait(draftWaiting: true, at: at(5_000)) == 0)
    }

    @Test func eachKeyStartsThePauseAgain() {
        var pause = TypingPause(at: at(0))
        for key in stride(from: 0, through: 2_000, by: 250) {
            pause.key(at: at(key))
            #expect(!pause.isOver(at: at(key + 249)), "typing at 4 keys a second is no pause")
        }
        #expect(!pause.isOver(at: at(2_299)))
        #expect(pause.isOver(at: at(2_300)))
    }
}
