import Testing
import ImpulsCore

/// Totals add up amounts read from files: no size of total may trap, and shares stay exact.
@Suite struct CentsArithmeticTests {
    @Test func sumsAndMultiplesStopAtTheEnds() {
        let most = Cents(Int64.max - 5)
        #expect((most + Cents(100)).value == Int64.max)
        #expect((Cents(Int64.min + 5) + Cents(-100)).value == Int64.min)
        #expect((Cents(Int64.max / 2) * 3).value == Int64.max)
        #expect((Cents(Int64.max / 2) * -3).value == Int64.min)
        #expect((Cents(950_000) + Cents(50_000)).value == 1_000_000)
    }

    @Test func partsAreExactForAnyTotals() {
        #expect(Cents(2_475_000).parts(of: Cents(10_000_000), per: 1000) == 247)
        #expect(Cents(1).parts(of: Cents(3), per: 1000) == 333)
        #expect(Cents(0).parts(of: Cents(3), per: 1000) == 0)
        #expect(Cents(5).parts(of: .zero, per: 1000) == 0)
        // A product past Int64 (2.3e17 × 1000) is still divided exactly.
        let huge = Cents(230_000_000_000_000_000)
        #expect(huge.parts(of: Cents(460_000_000_000_000_000), per: 1000) == 500)
        #expect(huge.parts(of: huge, per: 40) == 40)
        #expect(Cents(Int64.max).parts(of: Cents(1), per: 1000) == Int(Int64.max))
    }
}
