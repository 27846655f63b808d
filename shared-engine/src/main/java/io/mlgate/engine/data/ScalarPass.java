package io.mlgate.engine.data;

import io.mlgate.engine.api.ColumnType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Scan 1 of a profile: one aggregate SELECT that measures every column's scalar statistics at once —
 * counts, distinct, min/max, mean, stddev, quantiles and string lengths.
 */
final class ScalarPass {
    private final List<ColumnInfo> columns;
    private final ProfileOptions options;
    private final List<String> exprs = new ArrayList<>();

    ScalarPass(List<ColumnInfo> columns, ProfileOptions options) {
        this.columns = columns;
        this.options = options;
    }

    /** Scalar statistics of one column; fields not measured for its type are {@code null}. */
    record Stats(long nonNull, long distinct, String min, String max, Double mean, Double stddev, Double minValue,
                 Double maxValue, Map<String, Double> quantiles, Integer minLength, Integer maxLength,
                 Double meanLength) {
    }

    String sql(String relation) {
        exprs.clear();
        exprs.add("count(*)");
        for (ColumnInfo c : columns) {
            String col = c.sql();
            String num = "CAST(" + col + " AS DOUBLE)";
            exprs.add("count(" + col + ")");
            exprs.add(options.exactDistinct() ? "count(DISTINCT " + col + ")" : "approx_count_distinct(" + col + ")");
            if (orderable(c.type())) {
                exprs.add("CAST(min(" + col + ") AS VARCHAR)");
                exprs.add("CAST(max(" + col + ") AS VARCHAR)");
            }
            if (c.type().isNumeric()) {
                exprs.add("avg(" + num + ")");
                exprs.add("stddev_samp(" + num + ")");
                exprs.add("min(" + num + ")");
                exprs.add("max(" + num + ")");
                if (!options.quantiles().isEmpty()) {
                    exprs.add((options.exactDistinct() ? "quantile_cont(" : "approx_quantile(") + num + ", "
                            + levels(options.exactDistinct() ? "DOUBLE" : "FLOAT") + ")");
                }
            }
            if (c.type() == ColumnType.STRING) {
                exprs.add("min(length(" + col + "))");
                exprs.add("max(length(" + col + "))");
                exprs.add("avg(length(" + col + "))");
            }
        }
        return "SELECT " + String.join(", ", exprs) + " FROM " + relation;
    }

    /** Reads the single result row: the row count, then {@link Stats} per column in order. */
    long read(ResultSet rs, List<Stats> out) throws SQLException {
        rs.next();
        int i = 1;
        long rows = rs.getLong(i++);
        for (ColumnInfo c : columns) {
            long nonNull = rs.getLong(i++);
            long distinct = rs.getLong(i++);
            String min = null;
            String max = null;
            if (orderable(c.type())) {
                min = rs.getString(i++);
                max = rs.getString(i++);
            }
            Double mean = null;
            Double stddev = null;
            Double minValue = null;
            Double maxValue = null;
            Map<String, Double> quantiles = new LinkedHashMap<>();
            if (c.type().isNumeric()) {
                mean = dbl(rs, i++);
                stddev = dbl(rs, i++);
                minValue = dbl(rs, i++);
                maxValue = dbl(rs, i++);
                if (!options.quantiles().isEmpty()) {
                    java.sql.Array a = rs.getArray(i++);
                    Object[] values = a == null ? new Object[0] : (Object[]) a.getArray();
                    for (int q = 0; q < values.length; q++) {
                        if (values[q] != null) {
                            quantiles.put(Double.toString(options.quantiles().get(q)), ((Number) values[q]).doubleValue());
                        }
                    }
                }
            }
            Integer minLen = null;
            Integer maxLen = null;
            Double meanLen = null;
            if (c.type() == ColumnType.STRING) {
                minLen = integer(rs, i++);
                maxLen = integer(rs, i++);
                meanLen = dbl(rs, i++);
            }
            out.add(new Stats(nonNull, distinct, min, max, mean, stddev, minValue, maxValue, quantiles, minLen,
                    maxLen, meanLen));
        }
        return rows;
    }

    /** The quantile levels as a list literal; {@code approx_quantile} wants FLOAT levels. */
    private String levels(String type) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        options.quantiles().forEach(q -> j.add("CAST(" + q + " AS " + type + ")"));
        return j.toString();
    }

    static boolean orderable(ColumnType t) {
        return t.isNumeric() || switch (t) {
            case STRING, BOOLEAN, DATE, TIMESTAMP, TIME -> true;
            default -> false;
        };
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }
}
