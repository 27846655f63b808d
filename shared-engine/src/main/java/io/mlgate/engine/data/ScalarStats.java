package io.mlgate.engine.data;

import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.api.Histogram;
import io.mlgate.engine.api.ValueCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scalar statistics of one column from a profile's first scan; fields not measured for its type are {@code null}.
 * The scan's select list is engine-specific, but its layout is the same on every engine: the row count, then per
 * column the non-null count, the distinct count, min and max as text (orderable types), mean, stddev, min and max as
 * doubles and the quantile list (numeric types), and min, max and mean length (strings). {@link #readAll} reads it.
 */
public record ScalarStats(long nonNull, long distinct, String min, String max, Double mean, Double stddev,
                          Double minValue, Double maxValue, Map<String, Double> quantiles, Integer minLength,
                          Integer maxLength, Double meanLength) {

    /** Types with an order, whose min and max are reported. */
    public static boolean orderable(ColumnType t) {
        return t.isNumeric() || switch (t) {
            case STRING, BOOLEAN, DATE, TIMESTAMP, TIME -> true;
            default -> false;
        };
    }

    /** Reads the first scan's single row: returns the row count and adds each column's statistics, in order. */
    public static long readAll(ResultRow row, List<ColumnInfo> columns, ProfileOptions options, List<ScalarStats> out) {
        int i = 0;
        long rows = row.getLong(i++);
        for (ColumnInfo c : columns) {
            long nonNull = row.getLong(i++);
            long distinct = row.getLong(i++);
            String min = null;
            String max = null;
            if (orderable(c.type())) {
                min = row.getString(i++);
                max = row.getString(i++);
            }
            Double mean = null;
            Double stddev = null;
            Double minValue = null;
            Double maxValue = null;
            Map<String, Double> quantiles = new LinkedHashMap<>();
            if (c.type().isNumeric()) {
                mean = row.getDouble(i++);
                stddev = row.getDouble(i++);
                minValue = row.getDouble(i++);
                maxValue = row.getDouble(i++);
                if (!options.quantiles().isEmpty()) {
                    List<Object> values = row.getList(i++);
                    for (int q = 0; q < values.size(); q++) {
                        if (values.get(q) != null) {
                            quantiles.put(Double.toString(options.quantiles().get(q)),
                                    ((Number) values.get(q)).doubleValue());
                        }
                    }
                }
            }
            Integer minLen = null;
            Integer maxLen = null;
            Double meanLen = null;
            if (c.type() == ColumnType.STRING) {
                minLen = row.getInteger(i++);
                maxLen = row.getInteger(i++);
                meanLen = row.getDouble(i++);
            }
            out.add(new ScalarStats(nonNull, distinct, min, max, mean, stddev, minValue, maxValue, quantiles, minLen,
                    maxLen, meanLen));
        }
        return rows;
    }

    /** The value ranges of the numeric columns that have values: what the histogram scan bins. */
    public static List<HistogramBins.Range> ranges(List<ColumnInfo> columns, List<ScalarStats> stats) {
        List<HistogramBins.Range> ranges = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ScalarStats s = stats.get(i);
            if (columns.get(i).type().isNumeric() && s.minValue() != null) {
                ranges.add(new HistogramBins.Range(columns.get(i), s.minValue(), s.maxValue(), s.nonNull()));
            }
        }
        return ranges;
    }

    /** The column's profile from these statistics and the other scans' results. */
    private ColumnProfile profile(ColumnInfo c, long rows, boolean exactDistinct, List<ValueCount> top, Histogram h) {
        return new ColumnProfile(c.name(), c.type(), c.physicalType(), rows, rows - nonNull, distinct, exactDistinct,
                min, max, mean, stddev, quantiles, top, minLength, maxLength, meanLength, h);
    }

    /** Every column's profile, in column order: {@code stats[i]} with column i's top values and histogram. */
    public static List<ColumnProfile> profiles(List<ColumnInfo> columns, List<ScalarStats> stats, long rows,
                                               boolean exactDistinct, Map<String, List<ValueCount>> topValues,
                                               Map<String, Histogram> histograms) {
        List<ColumnProfile> profiles = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnInfo c = columns.get(i);
            profiles.add(stats.get(i).profile(c, rows, exactDistinct, topValues.get(c.name()),
                    histograms.get(c.name())));
        }
        return profiles;
    }
}
