package io.mlgate.spark;

import io.mlgate.engine.api.Histogram;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.validate.sql.SqlDialect;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scan 2 of a Spark profile: equal-width histograms of every numeric column in one query. Each row is unpivoted
 * into (column index, bin) pairs with {@code inline} and counted per pair; bins are computed with the same
 * arithmetic as the DuckDB profile, so both engines put every value in the same bin. Bin i covers
 * [lo + i·w, lo + (i+1)·w); the last bin includes the maximum. A constant column is one bin and needs no scan.
 */
final class SparkHistogramPass {
    private final int bins;
    private final List<Range> ranged = new ArrayList<>();
    private final Map<String, Histogram> constant = new HashMap<>();

    /** A numeric column's value range, from scan 1. */
    record Range(ColumnInfo column, double lo, double hi, long nonNull) {
    }

    SparkHistogramPass(int bins, List<Range> ranges) {
        this.bins = bins;
        for (Range r : ranges) {
            if (r.nonNull() == 0 || !Double.isFinite(r.lo()) || !Double.isFinite(r.hi())) {
                continue;
            }
            if (r.lo() == r.hi()) {
                constant.put(r.column().name(), Histogram.of(new double[] {r.lo(), r.hi()}, new long[] {r.nonNull()}));
            } else {
                ranged.add(r);
            }
        }
    }

    boolean needsScan() {
        return !ranged.isEmpty();
    }

    String sql(String relation) {
        SqlDialect d = SqlDialect.SPARK;
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < ranged.size(); i++) {
            Range r = ranged.get(i);
            String col = d.ident(r.column().name());
            String scaled = "(" + d.toDouble(col) + " - " + lit(r.lo()) + ") * " + lit(bins / (r.hi() - r.lo()));
            pairs.add("named_struct('c', " + i + ", 'b', CASE WHEN " + col + " IS NOT NULL THEN greatest(0, least("
                    + (bins - 1) + ", CAST(floor(" + scaled + ") AS BIGINT))) END)");
        }
        return "SELECT c, b, count(*) AS n FROM (SELECT inline(array(" + String.join(", ", pairs) + ")) FROM "
                + relation + ") WHERE b IS NOT NULL GROUP BY c, b";
    }

    /** Histograms keyed by column name: those counted in {@code rows} plus the constant ones. */
    Map<String, Histogram> read(List<Row> rows) {
        Map<String, Histogram> out = new HashMap<>(constant);
        long[][] counts = new long[ranged.size()][bins];
        for (Row row : rows) {
            counts[row.getInt(0)][(int) row.getLong(1)] += row.getLong(2);
        }
        for (int i = 0; i < ranged.size(); i++) {
            Range r = ranged.get(i);
            double[] edges = new double[bins + 1];
            double width = (r.hi() - r.lo()) / bins;
            for (int e = 0; e < bins; e++) {
                edges[e] = r.lo() + e * width;
            }
            edges[bins] = r.hi();
            out.put(r.column().name(), Histogram.of(edges, counts[i]));
        }
        return out;
    }

    /** The double exactly, as the DuckDB profile writes it. */
    private static String lit(double v) {
        return "CAST('" + v + "' AS DOUBLE)";
    }
}
