package io.mlgate.engine.data;

import io.mlgate.engine.api.Histogram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The equal-width bins of a profile's histogram scan, shared by both engines so that every value falls in the same
 * bin on each: bin i covers [lo + i·w, lo + (i+1)·w), the last bin includes the maximum. A constant column is one
 * bin and needs no scan; a column without values gets no histogram.
 */
public final class HistogramBins {
    private final int bins;
    private final List<Range> ranged = new ArrayList<>();
    private final Map<String, Histogram> constant = new HashMap<>();

    /** A numeric column's value range, from the first scan. */
    public record Range(ColumnInfo column, double lo, double hi, long nonNull) {
    }

    public HistogramBins(int bins, List<Range> ranges) {
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

    /** The columns the scan bins, in the order of {@link #binSql} and of {@link #histograms}' counts. */
    public List<Range> ranged() {
        return ranged;
    }

    /** Whether any column needs the scan. */
    public boolean needsScan() {
        return !ranged.isEmpty();
    }

    /**
     * SQL for the bin of the i-th ranged column's value, NULL for a null value.
     *
     * @param column   the column as the engine names it
     * @param asDouble the column cast to a double in the engine's SQL
     */
    public String binSql(int i, String column, String asDouble) {
        Range r = ranged.get(i);
        String scaled = "(" + asDouble + " - " + lit(r.lo()) + ") * " + lit(bins / (r.hi() - r.lo()));
        // least/greatest skip NULLs, so nulls are filtered first
        return "CASE WHEN " + column + " IS NOT NULL THEN greatest(0, least(" + (bins - 1) + ", CAST(floor(" + scaled
                + ") AS BIGINT))) END";
    }

    /** Histograms keyed by column name from the scan's counts ({@code counts[i][bin]}), plus the constant ones. */
    public Map<String, Histogram> histograms(long[][] counts) {
        Map<String, Histogram> out = new HashMap<>(constant);
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

    /** Empty counts for every ranged column. */
    public long[][] emptyCounts() {
        return new long[ranged.size()][bins];
    }

    /** The double exactly, the same text on both engines. */
    private static String lit(double v) {
        return "CAST('" + v + "' AS DOUBLE)";
    }
}
