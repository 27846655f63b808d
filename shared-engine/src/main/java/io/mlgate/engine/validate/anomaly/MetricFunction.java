package io.mlgate.engine.validate.anomaly;

import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.validate.sql.SqlDialect;

import java.util.Locale;
import java.util.Optional;

/**
 * Dataset metrics that history records and anomaly checks watch. Each has one SQL definition (for the
 * validation scan, spelled in the engine's dialect) and reads the same value from a column profile (for recording
 * every column's metrics).
 */
public enum MetricFunction {
    ROW_COUNT(false), COMPLETENESS(true), NULL_FRACTION(true), DISTINCT(true), MEAN(true), STDDEV(true),
    MIN(true), MAX(true);

    private final boolean needsColumn;

    MetricFunction(boolean needsColumn) {
        this.needsColumn = needsColumn;
    }

    public boolean needsColumn() {
        return needsColumn;
    }

    public boolean needsNumeric() {
        return this == MEAN || this == STDDEV || this == MIN || this == MAX;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** SQL aggregate over the dataset in {@code dialect}; {@code column} is ignored for {@code row_count}. */
    public String sql(SqlDialect dialect, String column) {
        String c = column == null ? null : dialect.ident(column);
        return switch (this) {
            case ROW_COUNT -> "count(*)";
            case COMPLETENESS -> dialect.toDouble("count(" + c + ") / greatest(count(*), 1)");
            case NULL_FRACTION -> dialect.toDouble("1 - count(" + c + ") / greatest(count(*), 1)");
            case DISTINCT -> "count(DISTINCT " + c + ")";
            case MEAN -> dialect.toDouble("avg(" + c + ")");
            case STDDEV -> dialect.toDouble("stddev_samp(" + c + ")");
            case MIN -> dialect.toDouble("min(" + c + ")");
            case MAX -> dialect.toDouble("max(" + c + ")");
        };
    }

    /** The same value read from a profile, when the profile has it. */
    public Optional<Double> fromProfile(ColumnProfile p) {
        return switch (this) {
            case ROW_COUNT -> Optional.of((double) p.rowCount());
            case COMPLETENESS -> Optional.of(p.completeness());
            case NULL_FRACTION -> Optional.of(p.nullFraction());
            case DISTINCT -> Optional.of((double) p.distinct());
            case MEAN -> Optional.ofNullable(p.mean());
            case STDDEV -> Optional.ofNullable(p.stddev());
            case MIN -> p.type().isNumeric() ? parse(p.min()) : Optional.empty();
            case MAX -> p.type().isNumeric() ? parse(p.max()) : Optional.empty();
        };
    }

    private static Optional<Double> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
