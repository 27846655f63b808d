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
 * Finds atoms: for chosen bins of chosen columns, the smallest and largest value in the bin, grouped by the same key
 * as {@link BinsPass}. A bin whose smallest and largest
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

    /**
     * One grouped branch per column, {@code UNION ALL}: {@code SELECT i, k, min(v), max(v) FROM (…) WHERE k IN (…)
     * GROUP BY k}. (Filtered aggregates, one pair per bin, would scale with the square of the number of bins.)
     */
    public String sql(String relation) {
        StringJoiner union = new StringJoiner(" UNION ALL ");
        int i = 0;
        for (Map.Entry<BinsPass.Binning, int[]> e : bins.entrySet()) {
            if (e.getValue().length > 0) {
                BinsPass.Binning b = e.getKey();
                StringJoiner in = new StringJoiner(", ", "(", ")");
                Arrays.stream(e.getValue()).forEach(k -> in.add(Integer.toString(k)));
                union.add("SELECT " + i + " AS c, k, min(v), max(v) FROM (SELECT " + b.keySql() + " AS k, " + b.valueSql()
                        + " AS v FROM " + relation + ") WHERE k IN " + in + " GROUP BY k");
            }
            i++;
        }
        return union.toString();
    }

    /** Per column, the single value of each asked bin that holds one (NaN elsewhere). */
    public Map<String, double[]> read(ResultSet rs) throws SQLException {
        List<BinsPass.Binning> order = List.copyOf(bins.keySet());
        Map<String, double[]> out = new LinkedHashMap<>();
        for (BinsPass.Binning b : order) {
            double[] points = new double[b.grid().bins()];
            Arrays.fill(points, Double.NaN);
            out.put(b.column().name(), points);
        }
        while (rs.next()) {
            BinsPass.Binning b = order.get(rs.getInt(1));
            int k = rs.getInt(2);
            double min = rs.getDouble(3);
            double max = rs.getDouble(4);
            if (min == max && k >= 0 && k < b.grid().bins()) {
                out.get(b.column().name())[k] = min;
            }
        }
        return out;
    }
}
