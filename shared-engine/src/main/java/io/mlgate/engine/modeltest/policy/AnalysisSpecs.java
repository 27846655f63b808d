package io.mlgate.engine.modeltest.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional analyses of {@code model.test}: slices, fairness, robustness, latency and permutation importance.
 * Each is off unless its key is present (a latency gate turns latency on with defaults).
 */
public record AnalysisSpecs(Optional<Slices> slices, Optional<Fairness> fairness, Optional<Robustness> robustness,
                            Optional<Latency> latency, Optional<Importance> importance) {
    public AnalysisSpecs {
        Objects.requireNonNull(slices, "slices");
        Objects.requireNonNull(fairness, "fairness");
        Objects.requireNonNull(robustness, "robustness");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(importance, "importance");
    }

    public static AnalysisSpecs none() {
        return new AnalysisSpecs(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A slicing column: one slice per value, or per range between {@code bins} edges (plus the two open ends). */
    public record SliceColumn(String column, Optional<List<Double>> bins) {
    }

    /**
     * Slices.
     *
     * @param columns  slicing columns
     * @param metric   the metric shown and ranked per slice
     * @param minRows  slices with fewer rows are listed but neither ranked nor judged
     * @param search   how many of the weakest slices the automatic search reports (0: no search); it slices every
     *                 feature column (values of text columns with at most 50 values, quartiles of numbers)
     */
    public record Slices(List<SliceColumn> columns, MetricRef metric, int minRows, int search) {
        public Slices {
            columns = List.copyOf(columns);
        }
    }

    /**
     * Fairness over sensitive columns.
     *
     * @param favorable the favourable class whose selection rate is compared (default: the positive class)
     * @param minRows   groups with fewer rows are listed but left out of the differences
     */
    public record Fairness(List<String> sensitive, Optional<String> favorable, int minRows) {
        public Fairness {
            sensitive = List.copyOf(sensitive);
        }
    }

    /**
     * Robustness: shares of predictions that change under perturbations of a seeded row sample.
     *
     * @param noise     Gaussian noise, in standard deviations of each numeric feature (0: off)
     * @param missing   share of feature values removed (0: off)
     * @param swap      share of category values swapped for another value of the column (0: off)
     * @param tolerance regression: a prediction counts as changed when it moves by more than this many standard
     *                  deviations of the predictions
     */
    public record Robustness(double noise, double missing, double swap, int rows, long seed, double tolerance) {
    }

    /** Latency: per-row prediction time over {@code rows} rows after {@code warmup} untimed ones. */
    public record Latency(int rows, int warmup) {
    }

    /** Permutation importance: the drop of {@code metric} when one feature column is shuffled, averaged over repeats. */
    public record Importance(MetricRef metric, int repeats, int rows, long seed) {
    }
}
