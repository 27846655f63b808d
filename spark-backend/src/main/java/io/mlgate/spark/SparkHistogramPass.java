package io.mlgate.spark;

import io.mlgate.engine.api.Histogram;
import io.mlgate.engine.data.HistogramBins;
import io.mlgate.engine.validate.sql.SqlDialect;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scan 2 of a Spark profile: equal-width histograms of every numeric column in one query. Each row is unpivoted
 * into (column index, bin) pairs with {@code inline} and counted per pair; the bins are {@link HistogramBins}, the
 * same SQL as the DuckDB profile's, so both engines put every value in the same bin.
 */
final class SparkHistogramPass {
    private final HistogramBins bins;

    SparkHistogramPass(HistogramBins bins) {
        this.bins = bins;
    }

    String sql(String relation) {
        SqlDialect d = SqlDialect.SPARK;
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < bins.ranged().size(); i++) {
            String col = d.ident(bins.ranged().get(i).column().name());
            pairs.add("named_struct('c', " + i + ", 'b', " + bins.binSql(i, col, d.toDouble(col)) + ")");
        }
        return "SELECT c, b, count(*) AS n FROM (SELECT inline(array(" + String.join(", ", pairs) + ")) FROM "
                + relation + ") WHERE b IS NOT NULL GROUP BY c, b";
    }

    /** Histograms keyed by column name: those counted in {@code rows} plus the constant ones. */
    Map<String, Histogram> read(List<Row> rows) {
        long[][] counts = bins.emptyCounts();
        for (Row row : rows) {
            counts[row.getInt(0)][(int) row.getLong(1)] += row.getLong(2);
        }
        return bins.histograms(counts);
    }
}
