package io.mlgate.engine.drift.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Finds atoms: for chosen bins of chosen columns, the smallest and largest value in the bin, in one aggregate scan
 * ({@code min(v) FILTER (WHERE key = k)}, with the same key as {@link BinsPass}). A bin whose smallest and largest
 * values are equal holds a single value — the zeros of a zero-inflated column, a default, a rounded value — and the
 * statistics then know exactly where its mass sits. Only heavy bins are asked about ({@link #heavyBins}): bins
 * light enough cost the statistics little either way.
 */
public final class AtomPass {
    /** A bin is heavy when it holds more than this share of a side's values. */
    public static final double HEAVY = 0.002;
    /** Most bins asked about per column (the heaviest). */
    public static final int MAX_BINS = 128;

    private final Map<BinsPass.Binning, int[]> bins;

    public AtomPass(Map<BinsPass.Binning, int[]> bins) {
        this.bins = new LinkedHashMap<>(bins);
    }

    public boolean needsScan() {
        return bins.values().stream().anyMatch(b -> b.length > 0);
    }

    /** The heavy bins of a count vector, heaviest first, at most {@value #MAX_BINS}. */
    public static int[] heavyBins(NumericCounts n) {
        if (n.grid().pointBins()) {
            return new int[0];
        }
        long[] cells = n.cells();
        double total = n.total();
        List<Integer> heavy = new ArrayList<>();
        for (int k = 0; k < n.grid().bins(); k++) {
            if (cells[k + 1] > HEAVY * total) {
                heavy.add(k);
            }
        }
        heavy.sort((a, b) -> Long.compare(cells[b + 1], cells[a + 1]));
        return heavy.stream().limit(MAX_BINS).mapToInt(Integer::intValue).toArray();
    }

    public String sql(String relation) {
        StringJoiner inner = new StringJoiner(", ");
        StringJoiner outer = new StringJoiner(", ");
        int i = 0;
        for (Map.Entry<BinsPass.Binning, int[]> e : bins.entrySet()) {
            BinsPass.Binning b = e.getKey();
            inner.add(b.valueSql() + " AS v" + i).add(b.keySql() + " AS k" + i);
            for (int k : e.getValue()) {
                outer.add("min(v" + i + ") FILTER (WHERE k" + i + " = " + k + ")");
                outer.add("max(v" + i + ") FILTER (WHERE k" + i + " = " + k + ")");
            }
            i++;
        }
        return "SELECT " + outer + " FROM (SELECT " + inner + " FROM " + relation + ")";
    }

    /** Per column, the single value of each asked bin that holds one (NaN elsewhere). */
    public Map<String, double[]> read(ResultSet rs) throws SQLException {
        rs.next();
        Map<String, double[]> out = new LinkedHashMap<>();
        int col = 1;
        for (Map.Entry<BinsPass.Binning, int[]> e : bins.entrySet()) {
            double[] points = new double[e.getKey().grid().bins()];
            Arrays.fill(points, Double.NaN);
            for (int k : e.getValue()) {
                double min = rs.getDouble(col++);
                boolean none = rs.wasNull();
                double max = rs.getDouble(col++);
                if (!none && min == max) {
                    points[k] = min;
                }
            }
            out.put(e.getKey().column().name(), points);
        }
        return out;
    }
}
