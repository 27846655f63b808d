package io.mlgate.engine.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Statistics of one column, measured in as few scans as possible.
 *
 * @param name           column name
 * @param type           logical type (see {@link ColumnType})
 * @param physicalType   the scan engine's type name, e.g. {@code DOUBLE}, {@code VARCHAR}
 * @param rowCount       rows in the dataset
 * @param nullCount      rows where the column is null
 * @param distinct       number of distinct non-null values
 * @param distinctExact  whether {@code distinct} is exact or an estimate (HyperLogLog)
 * @param min            smallest value (text form for non-numeric types), {@code null} when all values are null
 * @param max            largest value
 * @param mean           mean of numeric columns, else {@code null}
 * @param stddev         sample standard deviation of numeric columns, else {@code null}
 * @param quantiles      quantile → value for numeric columns (keys such as {@code "0.5"}), empty otherwise
 * @param topValues      most frequent values, most frequent first
 * @param minLength      shortest string length (string columns), else {@code null}
 * @param maxLength      longest string length
 * @param meanLength     mean string length
 * @param histogram      histogram of numeric columns, {@code null} otherwise
 */
public record ColumnProfile(
        String name,
        ColumnType type,
        String physicalType,
        long rowCount,
        long nullCount,
        long distinct,
        boolean distinctExact,
        String min,
        String max,
        Double mean,
        Double stddev,
        Map<String, Double> quantiles,
        List<ValueCount> topValues,
        Integer minLength,
        Integer maxLength,
        Double meanLength,
        Histogram histogram) {

    public ColumnProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(physicalType, "physicalType");
        quantiles = quantiles == null ? Map.of() : Map.copyOf(quantiles);
        topValues = topValues == null ? List.of() : List.copyOf(topValues);
    }

    /** Share of rows that are null; 0 for an empty dataset. */
    public double nullFraction() {
        return rowCount == 0 ? 0.0 : (double) nullCount / rowCount;
    }

    /** Share of rows that are not null (Deequ's "completeness"); 1 for an empty dataset. */
    public double completeness() {
        return 1.0 - nullFraction();
    }
}
