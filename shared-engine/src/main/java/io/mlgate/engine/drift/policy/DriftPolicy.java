package io.mlgate.engine.drift.policy;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.drift.Correction;
import io.mlgate.engine.drift.DriftTest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The drift settings: the {@code drift:} section of {@code mlgate.yml} with every default filled in
 * ({@link #defaults()} when there is no section). See {@code docs/drift.md} for each key.
 *
 * @param share                   the dataset drifts when at least this share of tested feature columns drift
 * @param level                   level of the dataset check {@code drift:dataset}
 * @param columnLevel             level of each column's check unless the column sets its own
 * @param correction              correction of the feature columns' p-values
 * @param pValueMaxN              largest effective sample size n·m/(n+m) for which the automatic tests are p-value
 *                                tests; above it they are distances
 * @param categoricalMaxDistinct  integer columns with at most this many distinct reference values are categorical
 * @param maxCategories           text columns with more distinct reference values are not tested (identifiers)
 * @param bins                    quantile bins of the reference for PSI, Jensen–Shannon, Hellinger and chi-square
 *                                on numeric columns
 * @param numericTest             test for numeric columns instead of the automatic choice
 * @param categoricalTest         test for categorical columns instead of the automatic choice
 * @param thresholds              per-test thresholds replacing the built-in defaults
 */
public record DriftPolicy(double share, Level level, Level columnLevel, Correction correction, long pValueMaxN,
                          int categoricalMaxDistinct, int maxCategories, int bins, Optional<DriftTest> numericTest,
                          Optional<DriftTest> categoricalTest, Map<DriftTest, Double> thresholds,
                          Optional<NamedColumn> label, Optional<NamedColumn> prediction, List<NamedColumn> exclude,
                          Map<String, ColumnPolicy> columns) {
    public static final double DEFAULT_SHARE = 0.5;
    public static final long DEFAULT_PVALUE_MAX_N = 2500;
    public static final int DEFAULT_CATEGORICAL_MAX_DISTINCT = 20;
    public static final int DEFAULT_MAX_CATEGORIES = 1000;
    public static final int DEFAULT_BINS = 10;

    public DriftPolicy {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(columnLevel, "columnLevel");
        Objects.requireNonNull(correction, "correction");
        thresholds = Map.copyOf(thresholds.isEmpty() ? new EnumMap<>(DriftTest.class) : new EnumMap<>(thresholds));
        exclude = List.copyOf(exclude);
        columns = Map.copyOf(columns);
    }

    public static DriftPolicy defaults() {
        return new DriftPolicy(DEFAULT_SHARE, Level.ERROR, Level.WARN, Correction.BENJAMINI_HOCHBERG,
                DEFAULT_PVALUE_MAX_N, DEFAULT_CATEGORICAL_MAX_DISTINCT, DEFAULT_MAX_CATEGORIES, DEFAULT_BINS,
                Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), List.of(), Map.of());
    }

    /** The threshold of {@code test} when a column does not set its own. */
    public double threshold(DriftTest test) {
        return thresholds.getOrDefault(test, test.defaultThreshold());
    }

    public ColumnPolicy column(String name) {
        return columns.getOrDefault(name, ColumnPolicy.none(name));
    }
}
