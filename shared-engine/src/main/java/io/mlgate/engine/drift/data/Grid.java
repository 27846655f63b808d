package io.mlgate.engine.drift.data;

/**
 * The fine grid a numeric column is counted on, fixed by the reference: {@code bins} equal-width bins between
 * {@code lo} and {@code hi}, bin k = [lo + k·w, lo + (k+1)·w) with w = (hi − lo)/bins, the last bin closed at hi,
 * plus a lower tail (values below lo, key −1) and an upper tail (above hi, key {@code bins}).
 *
 * <p>{@link #forRange} chooses it from the reference's minimum and maximum: unit bins centred on the integers when an
 * integer column spans at most {@value #FINE_BINS} values (then every bin holds one value and the statistics are
 * exact), otherwise {@value #FINE_BINS} bins from the minimum to the maximum. {@link #zoom} narrows a grid onto the
 * bins that hold most of the data, for columns with outliers far from the bulk. {@link BinsPass} computes each
 * value's bin key in SQL with plain arithmetic ({@code floor((x − lo) · scale)}), leaving keys outside the grid to
 * be mapped to the tails in Java ({@link #cellOfKey}); conditionals in SQL cost more than the grouping itself.
 *
 * @param pointBins whether each bin can hold only one value, at its centre (integer grids)
 */
public record Grid(double lo, double hi, int bins, boolean pointBins) {
    /** Bins of a grid over a continuous range. */
    public static final int FINE_BINS = 4096;
    /** Largest magnitude at which doubles still hold every integer. */
    private static final double EXACT_INTEGERS = 0x1p52;

    public Grid {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && hi > lo) || bins < 1 || bins > FINE_BINS) {
            throw new IllegalArgumentException("invalid grid [" + lo + ", " + hi + "] with " + bins + " bins");
        }
    }

    /** The grid for a reference column with these finite extremes. */
    public static Grid forRange(double min, double max, boolean integerColumn) {
        if (integerColumn && max - min + 1 <= FINE_BINS && Math.abs(min) < EXACT_INTEGERS && Math.abs(max) < EXACT_INTEGERS) {
            return new Grid(min - 0.5, max + 0.5, (int) (max - min + 1), true);
        }
        if (min == max) {
            // a constant: one narrow bin around it, so that anything else in the current data lands in a tail
            double h = Math.max(1e-9, 4 * Math.ulp(min));
            return new Grid(min - h, max + h, 1, false);
        }
        return new Grid(min, max, binsFor(min, max, FINE_BINS), false);
    }

    public double width() {
        return (hi - lo) / bins;
    }

    /** Edge k, k = 0 … bins. */
    public double edge(int k) {
        return k == bins ? hi : lo + k * width();
    }

    public double[] edges() {
        double[] e = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            e[k] = edge(k);
        }
        return e;
    }

    /** The same kind of grid over bins {@code from} … {@code to} (inclusive) of this one. */
    public Grid zoom(int from, int to) {
        double a = edge(from);
        double b = edge(to + 1);
        return new Grid(a, b, binsFor(a, b, FINE_BINS), false);
    }

    /**
     * Factor from a value's distance to lo to its bin, shrunk by 10⁻¹² so that hi itself falls in the last bin rather
     * than on the next edge.
     */
    public double scale() {
        return bins / (hi - lo) * (1 - 1e-12);
    }

    /** The cell of a bin key: keys below 0 are the lower tail, keys from {@code bins} up the upper tail. */
    public int cellOfKey(double key) {
        double k = Math.floor(key);
        return k < 0 ? 0 : k >= bins ? bins + 1 : (int) k + 1;
    }

    /**
     * Whether values from {@code min} to {@code max} must have their keys clamped to the tails in SQL: when they
     * reach more than four grid widths beyond the grid, unclamped keys could be too many to group.
     */
    public boolean needsClamp(double min, double max) {
        double r = hi - lo;
        return min < lo - 4 * r || max > hi + 4 * r;
    }

    /** A DOUBLE literal that reads back as exactly {@code v}. */
    public static String lit(double v) {
        return "CAST('" + v + "' AS DOUBLE)";
    }

    /** As many bins as fit while each stays several ulps wide, at most {@code max}. */
    private static int binsFor(double a, double b, int max) {
        double ulp = Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
        return (int) Math.max(1, Math.min(max, Math.floor((b - a) / (16 * ulp))));
    }
}
