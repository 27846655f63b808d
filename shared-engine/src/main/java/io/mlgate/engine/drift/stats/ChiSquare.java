package io.mlgate.engine.drift.stats;

import org.apache.commons.math3.stat.inference.ChiSquareTest;

import java.util.ArrayList;
import java.util.List;

/**
 * Pearson's chi-square test of homogeneity: do two samples of counts over the same categories come from the same
 * distribution? For the 2 × k table of reference counts r_i and current counts c_i, with R = Σ r_i, C = Σ c_i and
 * expected counts E(r_i) = R(r_i + c_i)/(R + C), E(c_i) = C(r_i + c_i)/(R + C):
 *
 * <pre>χ² = Σ_i (r_i − E(r_i))² / E(r_i) + (c_i − E(c_i))² / E(c_i),   k − 1 degrees of freedom</pre>
 *
 * without continuity correction (SciPy's {@code chi2_contingency(table, correction=False)}). Categories empty on
 * both sides are dropped; with fewer than two categories left there is nothing to compare (χ² = 0, p = 1). The
 * statistic and the chi-square tail come from Commons Math ({@code chiSquareDataSetsComparison}, which computes the
 * same sum in the form Σ (√(C/R)·r_i − √(R/C)·c_i)² / (r_i + c_i)).
 */
public final class ChiSquare {
    private ChiSquare() {
    }

    public static TestOutcome test(long[] reference, long[] current) {
        Shares.sameLength(reference, current);
        List<long[]> kept = new ArrayList<>();
        for (int i = 0; i < reference.length; i++) {
            if (reference[i] < 0 || current[i] < 0) {
                throw new IllegalArgumentException("counts must be >= 0");
            }
            if (reference[i] + current[i] > 0) {
                kept.add(new long[] {reference[i], current[i]});
            }
        }
        if (kept.size() < 2) {
            return new TestOutcome(0, 1);
        }
        long[] r = kept.stream().mapToLong(p -> p[0]).toArray();
        long[] c = kept.stream().mapToLong(p -> p[1]).toArray();
        if (java.util.Arrays.stream(r).sum() == 0 || java.util.Arrays.stream(c).sum() == 0) {
            throw new IllegalArgumentException("both samples need at least one count");
        }
        ChiSquareTest t = new ChiSquareTest();
        return new TestOutcome(t.chiSquareDataSetsComparison(r, c), t.chiSquareTestDataSetsComparison(r, c));
    }
}
