package io.mlgate.engine.data;

import java.util.List;

/**
 * What a profile measures.
 *
 * @param topK           most frequent values kept per column (0 for none)
 * @param histogramBins  equal-width bins per numeric column
 * @param exactDistinct  exact distinct counts and exact quantiles; {@code false} uses HyperLogLog
 *                       ({@code approx_count_distinct}) and t-digest ({@code approx_quantile}), cheaper on big data
 * @param quantiles      quantile levels in [0, 1] measured for numeric columns
 */
public record ProfileOptions(int topK, int histogramBins, boolean exactDistinct, List<Double> quantiles) {
    public ProfileOptions {
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be >= 0, got " + topK);
        }
        if (histogramBins < 1) {
            throw new IllegalArgumentException("histogramBins must be >= 1, got " + histogramBins);
        }
        quantiles = List.copyOf(quantiles);
        for (double q : quantiles) {
            if (!(q >= 0.0 && q <= 1.0)) {
                throw new IllegalArgumentException("quantile levels must lie in [0, 1], got " + q);
            }
        }
    }

    /** Top 10 values, 20 bins, exact distinct counts, quantiles 0.01 0.05 0.25 0.5 0.75 0.95 0.99. */
    public static ProfileOptions defaults() {
        return new ProfileOptions(10, 20, true, List.of(0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99));
    }
}
