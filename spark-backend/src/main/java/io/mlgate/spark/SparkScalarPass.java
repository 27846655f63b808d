package io.mlgate.spark;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.ProfileOptions;
import io.mlgate.engine.validate.sql.SqlDialect;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Scan 1 of a Spark profile: one aggregate query with every column's counts, distinct, min/max, mean, stddev,
 * quantiles and string lengths, the same statistics as the DuckDB profile. Exact mode uses {@code count(DISTINCT)}
 * and {@code percentile} (exact, interpolated like DuckDB's {@code quantile_cont}); approximate mode uses
 * HyperLogLog++ ({@code approx_count_distinct}, 1% relative standard deviation) and {@code percentile_approx}
 * with accuracy {@value #ACCURACY} (rank error at most n / {@value #ACCURACY}, no interpolation).
 */
final class SparkScalarPass {
    /** {@code percentile_approx} accuracy in approximate mode. */
    static final int ACCURACY = 10_000;
    /** Relative standard deviation of {@code approx_count_distinct} in approximate mode. */
    static final double RSD = 0.01;

    private final List<ColumnInfo> columns;
    private final ProfileOptions options;

    SparkScalarPass(List<ColumnInfo> columns, ProfileOptions options) {
        this.columns = columns;
        this.options = options;
    }

    /** Scalar statistics of one column; fields not measured for its type are {@code null}. */
    record Stats(long nonNull, long distinct, String min, String max, Double mean, Double stddev, Double minValue,
                 Double maxValue, Map<String, Double> quantiles, Integer minLength, Integer maxLength,
                 Double meanLength) {
    }

    String sql(String relation) {
        SqlDialect d = SqlDialect.SPARK;
        List<String> exprs = new ArrayList<>();
        exprs.add("count(*)");
        for (ColumnInfo c : columns) {
            String col = d.ident(c.name());
            String num = d.toDouble(col);
            exprs.add("count(" + col + ")");
            exprs.add(options.exactDistinct() ? "count(DISTINCT " + col + ")" : "approx_count_distinct(" + col + ", " + RSD + ")");
            if (orderable(c.type())) {
                exprs.add(d.text("min(" + col + ")"));
                exprs.add(d.text("max(" + col + ")"));
            }
            if (c.type().isNumeric()) {
                exprs.add("avg(" + num + ")");
                exprs.add("stddev_samp(" + num + ")");
                exprs.add("min(" + num + ")");
                exprs.add("max(" + num + ")");
                if (!options.quantiles().isEmpty()) {
                    exprs.add(options.exactDistinct() ? "percentile(" + num + ", " + levels() + ")"
                            : "percentile_approx(" + num + ", " + levels() + ", " + ACCURACY + ")");
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
    long read(Row row, List<Stats> out) {
        int i = 0;
        long rows = row.getLong(i++);
        for (ColumnInfo c : columns) {
            long nonNull = row.getLong(i++);
            long distinct = row.getLong(i++);
            String min = null;
            String max = null;
            if (orderable(c.type())) {
                min = row.isNullAt(i) ? null : row.getString(i);
                max = row.isNullAt(i + 1) ? null : row.getString(i + 1);
                i += 2;
            }
            Double mean = null;
            Double stddev = null;
            Double minValue = null;
            Double maxValue = null;
            Map<String, Double> quantiles = new LinkedHashMap<>();
            if (c.type().isNumeric()) {
                mean = SparkValues.dbl(row, i++);
                stddev = SparkValues.dbl(row, i++);
                minValue = SparkValues.dbl(row, i++);
                maxValue = SparkValues.dbl(row, i++);
                if (!options.quantiles().isEmpty()) {
                    List<Object> values = row.isNullAt(i) ? List.of() : row.getList(i);
                    i++;
                    for (int q = 0; q < values.size(); q++) {
                        if (values.get(q) != null) {
                            quantiles.put(Double.toString(options.quantiles().get(q)), ((Number) values.get(q)).doubleValue());
                        }
                    }
                }
            }
            Integer minLen = null;
            Integer maxLen = null;
            Double meanLen = null;
            if (c.type() == ColumnType.STRING) {
                minLen = SparkValues.integer(row, i++);
                maxLen = SparkValues.integer(row, i++);
                meanLen = SparkValues.dbl(row, i++);
            }
            out.add(new Stats(nonNull, distinct, min, max, mean, stddev, minValue, maxValue, quantiles, minLen,
                    maxLen, meanLen));
        }
        return rows;
    }

    private String levels() {
        StringJoiner j = new StringJoiner(", ", "array(", ")");
        options.quantiles().forEach(q -> j.add("CAST(" + q + " AS DOUBLE)"));
        return j.toString();
    }

    /** Types with an order, whose min and max are reported (as in the DuckDB profile). */
    static boolean orderable(ColumnType t) {
        return t.isNumeric() || switch (t) {
            case STRING, BOOLEAN, DATE, TIMESTAMP, TIME -> true;
            default -> false;
        };
    }
}
