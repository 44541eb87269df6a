import Testing
@testable import ImpulsUI

/// The list feature alone: moves, pages, Home and End within bounds, the selection kept in view,
/// and what Enter, Esc, `q` and `?` mean in a list.
@Suite struct ListFeatureTests {
    func reduce(_ position: inout ListPosition, _ actions: Action..., count: Int = 10, page: Int = 4) -> ListFeature.Outcome {
        var outcome = ListFeature.Outcome.ignored
        for action in actions { outcome = ListFeature.reduce(&position, action, count: count, page: page) }
        return outcome
    }

    @Test func movesStayInBoundsAndKeepTheSelectionInView() {
        var p = ListPosition()
        #expect(reduce(&p, .moveUp) == .moved)
        #expect(p == ListPosition(selection: 0, scroll: 0), "nothing above the first row")
        _ = reduce(&p, .moveDown, .moveDown, .moveDown, .moveDown)
        #expect(p == ListPosition(selection: 4, scroll: 1), "the fifth row of a four-row page scrolls one")
        _ = reduce(&p, .pageDown)
        #expect(p == ListPosition(selection: 8, scroll: 5))
        _ = reduce(&p, .pageDown)
        #expect(p == ListPosition(selection: 9, scroll: 6), "a page beyond the end stops on the last row")
        _ = reduce(&p, .pageUp)
        #expect(p == ListPosition(selection: 5, scroll: 5))
        _ = reduce(&p, .top)
        #expect(p == ListPosition())
        _ = reduce(&p, .bottom)
        #expect(p == ListPosition(selection: 9, scroll: 6))
    }

    @Test func anEmptyListNeitherMovesNorOpens() {
        var p = ListPosition()
        #expect(reduce(&p, .moveDown, .bottom, .pageDown, count: 0) == .moved)
        #expect(p == ListPosition())
        #expect(reduce(&p, .open, count: 0) == .ignored)
    }

    @Test func enterOpensTheSelectedRowAndTheRestIsTheAppsToDo() {
        var p = ListPosition()
        _ = reduce(&p, .moveDown, .moveDown)
        #expect(reduce(&p, .open) == .open(2))
        #expect(reduce(&p, .back) == .command(.close))
        #expect(reduce(&p, .quit) == .command(.quit))
        #expect(reduce(&p, .help) == .command(.openHelp))
        #expect(ListFeature.commands(.command(.close)) == [.close])
        #expect(ListFeature.commands(.open(2)).isEmpty, "what Enter opens is the view's to say")
        #expect(reduce(&p, .newSession) == .ignored)
        #expect(p == ListPosition(selection: 2, scroll: 0), "Enter, Esc and the others leave the selection where it is")
    }

    @Test func aSelectionBeyondAShrunkenListComesBackToItsLastRowOnMoving() {
        var p = ListPosition(selection: 9, scroll: 6)
        _ = reduce(&p, .moveUp, count: 3)
        #expect(p == ListPosition(selection: 2, scroll: 0))
    }
}
