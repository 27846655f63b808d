package io.mlgate.engine.data;

import io.mlgate.engine.api.Histogram;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scan 2 of a profile: equal-width histograms of every numeric column in one SELECT, binned in SQL with the
 * min and max from scan 1. Bin i covers [lo + i·w, lo + (i+1)·w); the last bin includes the maximum.
 * A constant column is one bin and needs no scan.
 */
final class HistogramPass {
    private final int bins;
    private final List<Range> ranged = new ArrayList<>();
    private final Map<String, Histogram> constant = new HashMap<>();

    /** A numeric column's value range, from scan 1. */
    record Range(ColumnInfo column, double lo, double hi, long nonNull) {
    }

    HistogramPass(int bins, List<Range> ranges) {
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

    /** Whether any column needs the scan. */
    boolean needsScan() {
        return !ranged.isEmpty();
    }

    String sql(String relation) {
        List<String> inner = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        for (int i = 0; i < ranged.size(); i++) {
            Range r = ranged.get(i);
            String scaled = "(CAST(" + r.column().sql() + " AS DOUBLE) - " + lit(r.lo()) + ") * " + lit(bins / (r.hi() - r.lo()));
            // least/greatest skip NULLs, so nulls are filtered first; histogram() ignores the NULL bin
            inner.add("histogram(CASE WHEN " + r.column().sql() + " IS NOT NULL THEN greatest(0, least(" + (bins - 1)
                    + ", CAST(floor(" + scaled + ") AS BIGINT))) END) AS h" + i);
            outer.add("map_keys(h" + i + "), map_values(h" + i + ")");
        }
        return "SELECT " + String.join(", ", outer) + " FROM (SELECT " + String.join(", ", inner) + " FROM "
                + relation + ")";
    }

    /** Histograms keyed by column name: those read from {@code rs} plus the constant ones. */
    Map<String, Histogram> read(ResultSet rs) throws SQLException {
        Map<String, Histogram> out = new HashMap<>(constant);
        if (rs == null) {
            return out;
        }
        rs.next();
        for (int i = 0; i < ranged.size(); i++) {
            Range r = ranged.get(i);
            long[] counts = new long[bins];
            Object[] keys = (Object[]) rs.getArray(2 * i + 1).getArray();
            Object[] values = (Object[]) rs.getArray(2 * i + 2).getArray();
            for (int k = 0; k < keys.length; k++) {
                counts[((Number) keys[k]).intValue()] += ((Number) values[k]).longValue();
            }
            double[] edges = new double[bins + 1];
            double width = (r.hi() - r.lo()) / bins;
            for (int e = 0; e < bins; e++) {
                edges[e] = r.lo() + e * width;
            }
            edges[bins] = r.hi();
            out.put(r.column().name(), Histogram.of(edges, counts));
        }
        return out;
    }

    private static String lit(double v) {
        return "CAST('" + v + "' AS DOUBLE)";
    }
}
