package io.mlgate.engine.drift;

import java.util.Locale;

/**
 * The per-column drift tests. Two are hypothesis tests judged by their p-value (drift when p &lt; threshold); four are
 * distances judged by their size (drift when distance ≥ threshold). The statistics live in
 * {@link io.mlgate.engine.drift.stats}; their defaults are documented in {@code docs/drift.md}.
 */
public enum DriftTest {
    /** Two-sample Kolmogorov–Smirnov test, numeric columns; p-value. */
    KS(true, 0.05, true, false),
    /** Chi-square test of homogeneity over categories (numeric columns: over quantile bins); p-value. */
    CHI_SQUARE(true, 0.05, true, true),
    /** Population stability index over categories or quantile bins. */
    PSI(false, 0.2, true, true),
    /** Jensen–Shannon distance (base 2) over categories or quantile bins. */
    JENSEN_SHANNON(false, 0.1, true, true),
    /** Wasserstein-1 distance divided by the reference's standard deviation, numeric columns. */
    WASSERSTEIN(false, 0.1, true, false),
    /** Hellinger distance over categories or quantile bins. */
    HELLINGER(false, 0.1, true, true);

    private final boolean pValue;
    private final double defaultThreshold;
    private final boolean numeric;
    private final boolean categorical;

    DriftTest(boolean pValue, double defaultThreshold, boolean numeric, boolean categorical) {
        this.pValue = pValue;
        this.defaultThreshold = defaultThreshold;
        this.numeric = numeric;
        this.categorical = categorical;
    }

    /** Whether the test gives a p-value (drift when below the threshold) rather than a distance. */
    public boolean isPValue() {
        return pValue;
    }

    public double defaultThreshold() {
        return defaultThreshold;
    }

    public boolean supports(ColumnKind kind) {
        return kind == ColumnKind.NUMERIC ? numeric : categorical;
    }

    /** Whether the measured value means drift against {@code threshold}. */
    public boolean drifted(double value, double threshold) {
        return pValue ? value < threshold : value >= threshold;
    }

    /** The passing condition, for reports: {@code ">= 0.05"} for p-values, {@code "< 0.1"} for distances. */
    public String passCondition(double threshold) {
        return (pValue ? ">= " : "< ") + io.mlgate.engine.validate.Numbers.format(threshold);
    }

    /** Whether {@code threshold} makes sense for this test; the reason when it does not. */
    public java.util.Optional<String> checkThreshold(double threshold) {
        if (pValue && !(threshold > 0 && threshold < 1)) {
            return java.util.Optional.of("a p-value threshold must lie strictly between 0 and 1");
        }
        if ((this == JENSEN_SHANNON || this == HELLINGER) && !(threshold > 0 && threshold <= 1)) {
            return java.util.Optional.of("a " + yamlName() + " threshold must lie in (0, 1]");
        }
        if (!(threshold > 0)) {
            return java.util.Optional.of("a " + yamlName() + " threshold must be > 0");
        }
        return java.util.Optional.empty();
    }

    /** The spelling in policy files and reports. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A short name for messages. */
    public String label() {
        return switch (this) {
            case KS -> "Kolmogorov-Smirnov";
            case CHI_SQUARE -> "chi-square";
            case PSI -> "PSI";
            case JENSEN_SHANNON -> "Jensen-Shannon distance";
            case WASSERSTEIN -> "normalized Wasserstein distance";
            case HELLINGER -> "Hellinger distance";
        };
    }
}
