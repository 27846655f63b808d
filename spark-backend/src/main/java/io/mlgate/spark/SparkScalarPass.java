package io.mlgate.spark;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.ProfileOptions;
import io.mlgate.engine.data.ScalarStats;
import io.mlgate.engine.validate.sql.SqlDialect;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;
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

    String sql(String relation) {
        SqlDialect d = SqlDialect.SPARK;
        List<String> exprs = new ArrayList<>();
        exprs.add("count(*)");
        for (ColumnInfo c : columns) {
            String col = d.ident(c.name());
            String num = d.toDouble(col);
            exprs.add("count(" + col + ")");
            exprs.add(options.exactDistinct() ? "count(DISTINCT " + col + ")" : "approx_count_distinct(" + col + ", " + RSD + ")");
            if (ScalarStats.orderable(c.type())) {
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

    /** Reads the single result row: the row count, then {@link ScalarStats} per column in order. */
    long read(Row row, List<ScalarStats> out) {
        return ScalarStats.readAll(new SparkResultRow(row), columns, options, out);
    }

    private String levels() {
        StringJoiner j = new StringJoiner(", ", "array(", ")");
        options.quantiles().forEach(q -> j.add("CAST(" + q + " AS DOUBLE)"));
        return j.toString();
    }
}
