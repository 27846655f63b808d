package io.mlgate.engine.drift.stats;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Every statistic against a reference computation on small vectors. Expected values come from SciPy 1.17.1
 * (numpy 2) run on the inputs written next to each assertion; PSI and Hellinger, which SciPy lacks, from their
 * formulas evaluated with numpy on the same inputs.
 */
class StatisticsTest {
    private static final int[] X = {1, 2, 2, 3, 3, 3, 4, 4, 5, 7};
    private static final int[] Y = {2, 3, 4, 4, 5, 5, 6, 6, 7, 8, 8, 9};
    /** xa[i] = (37 i) mod 101 for i < 120; ya[i] = (53 i) mod 97 + 12 for i < 100. */
    private static final int[] XA = IntStream.range(0, 120).map(i -> (i * 37) % 101).toArray();
    private static final int[] YA = IntStream.range(0, 100).map(i -> (i * 53) % 97 + 12).toArray();

    @Test
    void kolmogorovSmirnovExactOnSmallSamples() {
        // scipy.stats.ks_2samp(X, Y, method='exact') -> statistic 0.4666666666666667, pvalue 0.13424346551281538
        KolmogorovSmirnov.Statistic d = KolmogorovSmirnov.statistic(IntegerGrid.of(X, Y));
        assertThat(d.value()).isCloseTo(0.4666666666666667, within(1e-12));
        assertThat(d.upperBound()).as("integer bins are points: no slack").isEqualTo(d.value());
        assertThat(KolmogorovSmirnov.pValue(d.value(), X.length, Y.length)).isCloseTo(0.13424346551281538, within(1e-6));
    }

    @Test
    void kolmogorovSmirnovExactOnLargerSamples() {
        // scipy.stats.ks_2samp(XA, YA, method='exact') -> statistic 0.125, pvalue 0.3326392904956067
        KolmogorovSmirnov.Statistic d = KolmogorovSmirnov.statistic(IntegerGrid.of(XA, YA));
        assertThat(d.value()).isCloseTo(0.125, within(1e-12));
        assertThat(KolmogorovSmirnov.pValue(d.value(), XA.length, YA.length)).isCloseTo(0.3326392904956067, within(1e-12));
    }

    @Test
    void kolmogorovSmirnovExactPValuesMatchScipy() {
        // scipy.stats._stats_py._attempt_exact_2kssamp(n, m, gcd(n, m), d, 'two-sided'), the 'exact' method
        assertThat(KolmogorovSmirnov.pValue(0.08279422057794221, 1096, 365)).isCloseTo(0.04301465488119369, within(1e-12));
        assertThat(KolmogorovSmirnov.pValue(0.08, 500, 500)).isCloseTo(0.08150167321107067, within(1e-12));
        assertThat(KolmogorovSmirnov.pValue(0.03, 3000, 2000)).isCloseTo(0.22711814205593855, within(1e-12));
        assertThat(KolmogorovSmirnov.pValue(0.5714285714285714, 7, 7)).isCloseTo(0.21212121212121213, within(1e-12));
    }

    @Test
    void kolmogorovSmirnovAsymptoticAboveTenThousand() {
        // n = 12000, m = 11000 (SciPy's 'auto' goes asymptotic above 10000):
        // scipy.stats.distributions.kstwo.sf(d, round(n*m/(n+m))) -> 0.02000810268540017 (d = 0.02), 0.6107803904431183 (d = 0.01)
        assertThat(KolmogorovSmirnov.pValue(0.02, 12000, 11000)).isCloseTo(0.02000810268540017, within(1e-6));
        assertThat(KolmogorovSmirnov.pValue(0.01, 12000, 11000)).isCloseTo(0.6107803904431183, within(1e-6));
    }

    @Test
    void kolmogorovSmirnovBoundWidensOnCoarseBins() {
        // one bin holding everything: the grid sees no gap, the bound admits any
        GridPair g = new GridPair(new double[] {0, 1}, new long[] {0, 10, 0}, new long[] {0, 7, 0}, new double[] {Double.NaN},
                0, 0, 0, 0);
        KolmogorovSmirnov.Statistic d = KolmogorovSmirnov.statistic(g);
        assertThat(d.value()).isZero();
        assertThat(d.upperBound()).isEqualTo(1.0);
        assertThat(KolmogorovSmirnov.pValue(0, 10, 7)).isEqualTo(1.0);
    }

    @Test
    void wassersteinMatchesScipyOnIntegerGrids() {
        // scipy.stats.wasserstein_distance(X, Y) -> 2.1833333333333336; np.std(X) -> 1.624807680927192
        assertThat(Wasserstein.distance(IntegerGrid.of(X, Y))).isCloseTo(2.1833333333333336, within(1e-12));
        assertThat(Wasserstein.normalized(IntegerGrid.of(X, Y), 1.624807680927192))
                .isCloseTo(2.1833333333333336 / 1.624807680927192, within(1e-12));
        // scipy.stats.wasserstein_distance(XA, YA) -> 9.821666666666665
        assertThat(Wasserstein.distance(IntegerGrid.of(XA, YA))).isCloseTo(9.821666666666665, within(1e-9));
    }

    @Test
    void wassersteinTailsAndConstantReference() {
        // reference all at 0.5 (one bin [0, 1]); current: 2 values at -1.5 and -0.5 below, 2 at 3 and 5 above.
        // W1 of {0.5 x4} vs {-1.5, -0.5, 3, 5} = (2 + 1 + 2.5 + 4.5) / 4 = 2.5; the grid sees the tails exactly
        // (sums 1.5 + 0.5 below e_0 = 0, 2 + 4 above e_1 = 1) and the point bin at its centre.
        GridPair g = new GridPair(new double[] {0, 1}, new long[] {0, 4, 0}, new long[] {2, 0, 2}, new double[] {0.5},
                0, 2.0, 0, 6.0);
        assertThat(Wasserstein.distance(g)).isCloseTo(2.5, within(1e-12));
        assertThat(Wasserstein.normalized(g, 0)).isInfinite();
        GridPair same = new GridPair(new double[] {0, 1}, new long[] {0, 4, 0}, new long[] {0, 9, 0}, new double[] {0.5},
                0, 0, 0, 0);
        assertThat(Wasserstein.normalized(same, 0)).isZero();
    }

    @Test
    void anAtomBinAddsNoSlack() {
        // reference {0 x6, 3, 4, 6, 9}, current {0 x3, 3, 3, 4, 6, 9, 9, 9} on bins [0, 2.5), [2.5, 5), [5, 7.5), [7.5, 10]:
        // exact D = 0.3 (at x = 0; scipy ks_2samp gives 0.3). The first bin holds only zeros on both sides.
        double[] edges = {0, 2.5, 5, 7.5, 10};
        long[] ref = {0, 6, 2, 1, 1, 0};
        long[] cur = {0, 3, 3, 1, 3, 0};
        double nan = Double.NaN;
        KolmogorovSmirnov.Statistic blind = KolmogorovSmirnov.statistic(
                new GridPair(edges, ref, cur, new double[] {nan, nan, nan, nan}, 0, 0, 0, 0));
        KolmogorovSmirnov.Statistic atom = KolmogorovSmirnov.statistic(
                new GridPair(edges, ref, cur, new double[] {0, nan, nan, nan}, 0, 0, 0, 0));
        assertThat(blind.value()).isEqualTo(atom.value()).isCloseTo(0.3, within(1e-12));
        // bin 0 alone would allow 0.6 without the atom; with it the widest bin left is [2.5, 5): 0.8 - 0.3 = 0.5
        assertThat(blind.upperBound()).isCloseTo(0.6, within(1e-12));
        assertThat(atom.upperBound()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void chiSquareHomogeneity() {
        // chi2_contingency([[30,14,34,45,57,20],[25,20,30,40,70,15]], correction=False)
        //   -> statistic 4.10248100671908, pvalue 0.5347576257542729, dof 5
        TestOutcome t = ChiSquare.test(new long[] {30, 14, 34, 45, 57, 20}, new long[] {25, 20, 30, 40, 70, 15});
        assertThat(t.statistic()).isCloseTo(4.10248100671908, within(1e-9));
        assertThat(t.pValue()).isCloseTo(0.5347576257542729, within(1e-9));
        // chi2_contingency([[10,0,5],[8,3,0]], correction=False) -> 7.791245791245792, 0.020330706596046032, dof 2
        TestOutcome z = ChiSquare.test(new long[] {10, 0, 5, 0}, new long[] {8, 3, 0, 0});
        assertThat(z.statistic()).isCloseTo(7.791245791245792, within(1e-9));
        assertThat(z.pValue()).isCloseTo(0.020330706596046032, within(1e-9));
        assertThat(ChiSquare.test(new long[] {5, 0}, new long[] {9, 0})).isEqualTo(new TestOutcome(0, 1));
    }

    @Test
    void populationStabilityIndex() {
        // numpy: a = shares, zeros -> 1e-4; sum((b - a) * log(b / a))
        assertThat(PopulationStability.index(new long[] {10, 20, 30, 40}, new long[] {15, 25, 25, 35}))
                .isCloseTo(0.04722308044204256, within(1e-12));
        assertThat(PopulationStability.index(new long[] {10, 0, 5}, new long[] {8, 3, 0}))
                .isCloseTo(4.8651416051189855, within(1e-9));
        assertThat(PopulationStability.index(new long[] {3, 4}, new long[] {30, 40})).isZero();
    }

    @Test
    void jensenShannonDistance() {
        // scipy.spatial.distance.jensenshannon(p, q, base=2)
        assertThat(JensenShannon.distance(new long[] {10, 20, 30, 40}, new long[] {15, 25, 25, 35}))
                .isCloseTo(0.09210804568706057, within(1e-12));
        assertThat(JensenShannon.distance(new long[] {10, 0, 5}, new long[] {8, 3, 0}))
                .isCloseTo(0.5513447149264777, within(1e-12));
        assertThat(JensenShannon.distance(new long[] {1, 0}, new long[] {0, 1})).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void hellingerDistance() {
        // numpy: sqrt(sum((sqrt(p) - sqrt(q))**2)) / sqrt(2)
        assertThat(Hellinger.distance(new long[] {10, 20, 30, 40}, new long[] {15, 25, 25, 35}))
                .isCloseTo(0.07675739495895448, within(1e-12));
        assertThat(Hellinger.distance(new long[] {10, 0, 5}, new long[] {8, 3, 0}))
                .isCloseTo(0.551080190332776, within(1e-12));
    }

    @Test
    void benjaminiHochberg() {
        // scipy.stats.false_discovery_control([0.01, 0.04, 0.03, 0.005, 0.2, 0.5], method='bh')
        assertThat(BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005, 0.2, 0.5}))
                .containsExactly(new double[] {0.03, 0.06, 0.06, 0.03, 0.24, 0.5}, within(1e-12));
        assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
    }

    @Test
    void badInputsAreRejected() {
        assertThatThrownBy(() -> JensenShannon.distance(new long[] {1}, new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hellinger.distance(new long[] {0, 0}, new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {1.5}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
