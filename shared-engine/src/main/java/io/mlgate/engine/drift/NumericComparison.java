package io.mlgate.engine.drift;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.drift.data.ColumnStats;
import io.mlgate.engine.drift.data.Grid;
import io.mlgate.engine.drift.data.NumericCounts;
import io.mlgate.engine.drift.stats.GridPair;
import io.mlgate.engine.validate.Numbers;

import java.util.ArrayList;
import java.util.List;

/** A numeric column of both sides on the reference's grid: the pair the statistics take, and the chart's bars. */
final class NumericComparison {
    /** Most bars between the grid's edges in a chart. */
    static final int CHART_BINS = 32;

    private final NumericCounts reference;
    private final NumericCounts current;
    private final GridPair pair;

    NumericComparison(NumericCounts reference, NumericCounts current, ColumnType currentType) {
        if (!reference.grid().equals(current.grid())) {
            throw new IllegalArgumentException("both sides must be counted on the same grid");
        }
        this.reference = reference;
        this.current = current;
        Grid g = reference.grid();
        this.pair = new GridPair(g.edges(), reference.cells(), current.cells(), points(g, currentType),
                reference.belowSum(), current.belowSum(), reference.aboveSum(), current.aboveSum());
    }

    /**
     * The bins whose values are one point on both sides: every bin of an integer grid when the current values are
     * integers too; else the bins where the reference has an atom and the current data has the same atom or nothing.
     */
    private double[] points(Grid g, ColumnType currentType) {
        double[] edges = g.edges();
        if (g.pointBins() && currentType == ColumnType.INTEGER) {
            return GridPair.centres(edges);
        }
        double[] out = GridPair.noPoints(edges);
        double[] r = reference.points();
        double[] c = current.points();
        long[] rc = reference.cells();
        long[] cc = current.cells();
        for (int k = 0; k < out.length; k++) {
            if (!Double.isNaN(r[k]) && (cc[k + 1] == 0 || r[k] == c[k])) {
                out[k] = r[k];
            } else if (rc[k + 1] == 0 && !Double.isNaN(c[k])) {
                out[k] = c[k];
            }
        }
        return out;
    }

    GridPair pair() {
        return pair;
    }

    /** The reference's quantile bins: {@code [0]} reference counts, {@code [1]} current counts. */
    long[][] coarse(int bins) {
        return CoarseBins.of(pair.reference(), pair.current(), bins);
    }

    /** Up to {@value #CHART_BINS} equal-width bars over the grid, plus a bar per tail that holds any value. */
    List<ChartBin> chart(ColumnStats ref, ColumnStats cur) {
        Grid g = reference.grid();
        long[] r = pair.reference();
        long[] c = pair.current();
        double nr = reference.total();
        double nc = current.total();
        List<ChartBin> out = new ArrayList<>();
        if (r[0] + c[0] > 0) {
            double from = Math.min(orInf(ref.min()), orInf(cur.min()));
            out.add(new ChartBin("< " + Numbers.format(g.lo()), from, g.lo(), r[0] / nr, c[0] / nc));
        }
        int groups = Math.min(CHART_BINS, g.bins());
        for (int j = 0; j < groups; j++) {
            int a = (int) ((long) j * g.bins() / groups);
            int b = (int) ((long) (j + 1) * g.bins() / groups);
            long sr = 0;
            long sc = 0;
            for (int k = a; k < b; k++) {
                sr += r[k + 1];
                sc += c[k + 1];
            }
            out.add(new ChartBin(range(g.edge(a), g.edge(b), j == groups - 1), g.edge(a), g.edge(b), sr / nr, sc / nc));
        }
        int up = r.length - 1;
        if (r[up] + c[up] > 0) {
            double to = Math.max(orNegInf(ref.max()), orNegInf(cur.max()));
            out.add(new ChartBin("> " + Numbers.format(g.hi()), g.hi(), to, r[up] / nr, c[up] / nc));
        }
        return out;
    }

    private static String range(double a, double b, boolean closed) {
        return "[" + Numbers.format(round(a)) + ", " + Numbers.format(round(b)) + (closed ? "]" : ")");
    }

    private static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
    }

    private static double orInf(Double v) {
        return v == null ? Double.POSITIVE_INFINITY : v;
    }

    private static double orNegInf(Double v) {
        return v == null ? Double.NEGATIVE_INFINITY : v;
    }
}
