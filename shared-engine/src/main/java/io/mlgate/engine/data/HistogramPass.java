package io.mlgate.engine.data;

import io.mlgate.engine.api.Histogram;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scan 2 of a profile: equal-width histograms of every numeric column in one SELECT with DuckDB's {@code histogram}
 * aggregate, binned in SQL ({@link HistogramBins}) with the min and max from scan 1.
 */
final class HistogramPass {
    private final HistogramBins bins;

    HistogramPass(HistogramBins bins) {
        this.bins = bins;
    }

    String sql(String relation) {
        List<String> inner = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        for (int i = 0; i < bins.ranged().size(); i++) {
            String col = bins.ranged().get(i).column().sql();
            // histogram() ignores the NULL bin
            inner.add("histogram(" + bins.binSql(i, col, "CAST(" + col + " AS DOUBLE)") + ") AS h" + i);
            outer.add("map_keys(h" + i + "), map_values(h" + i + ")");
        }
        return "SELECT " + String.join(", ", outer) + " FROM (SELECT " + String.join(", ", inner) + " FROM "
                + relation + ")";
    }

    /** Histograms keyed by column name: those read from {@code rs} plus the constant ones. */
    Map<String, Histogram> read(ResultSet rs) throws SQLException {
        long[][] counts = bins.emptyCounts();
        if (rs != null) {
            rs.next();
            for (int i = 0; i < counts.length; i++) {
                Object[] keys = (Object[]) rs.getArray(2 * i + 1).getArray();
                Object[] values = (Object[]) rs.getArray(2 * i + 2).getArray();
                for (int k = 0; k < keys.length; k++) {
                    counts[i][((Number) keys[k]).intValue()] += ((Number) values[k]).longValue();
                }
            }
        }
        return bins.histograms(counts);
    }
}
