package io.mlgate.engine.drift.data;

/**
 * Guards the standard deviation that {@link StatsPass} derives from Σx and Σx²: σ² = Σx²/n − mean² loses its digits
 * when |mean| is more than about 10⁴·σ (timestamps or identifiers stored as numbers). Then σ is recomputed from the
 * grid instead — Σ c_k (centre_k − mean)² / n plus w²/12 per value for the spread inside a bin — accurate to a small
 * fraction of a bin width, which on a fine grid is far below σ.
 */
final class Moments {
    /** Largest |mean| / σ at which the sums are trusted. */
    static final double MAX_RATIO = 1e4;

    private Moments() {
    }

    static ColumnStats checked(ColumnStats s, NumericCounts grid) {
        if (s.mean() == null || s.std() == null || grid == null) {
            return s;
        }
        if (s.std() > 0 && Math.abs(s.mean()) / s.std() <= MAX_RATIO) {
            return s;
        }
        if (s.std() == 0 && s.min() != null && s.min().equals(s.max())) {
            return s;
        }
        return new ColumnStats(s.rows(), s.nonNull(), s.distinct(), s.min(), s.max(), s.mean(), fromGrid(grid, s.mean()));
    }

    private static double fromGrid(NumericCounts n, double mean) {
        Grid g = n.grid();
        long[] cells = n.cells();
        double w = g.width();
        double sum = 0;
        long count = 0;
        for (int k = 0; k < g.bins(); k++) {
            long c = cells[k + 1];
            if (c > 0) {
                double d = g.edge(k) + w / 2 - mean;
                sum += c * (d * d + (g.pointBins() ? 0 : w * w / 12));
                count += c;
            }
        }
        return count == 0 ? 0 : Math.sqrt(sum / count);
    }
}
