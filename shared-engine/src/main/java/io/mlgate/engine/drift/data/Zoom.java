package io.mlgate.engine.drift.data;

import java.util.Optional;

/**
 * Narrows a reference grid onto its bulk when outliers stretch it: if the bins between the reference's 0.1 % and
 * 99.9 % quantiles are fewer than a quarter of all bins, the grid is redrawn over just those bins; the rest of the
 * data then falls in the tails, which keep exact sums. Applied again to the redrawn grid, up to {@value #LEVELS}
 * times, so that even a bulk inside one bin of the first grid (outliers a million times further out than the
 * spread) ends up resolved. Integer grids are never zoomed.
 */
public final class Zoom {
    /** Share of the reference each zoom may push into a tail, at most. */
    public static final double TAIL = 0.001;
    /** Most zoom steps per column. */
    public static final int LEVELS = 3;

    private Zoom() {
    }

    public static Optional<Grid> of(NumericCounts reference) {
        Grid g = reference.grid();
        if (g.pointBins() || g.bins() < Grid.FINE_BINS) {
            return Optional.empty();
        }
        long[] cells = reference.cells();
        double total = reference.total();
        if (total == 0) {
            return Optional.empty();
        }
        int from = -1;
        int to = -1;
        long running = cells[0];
        for (int k = 0; k < g.bins(); k++) {
            running += cells[k + 1];
            if (from < 0 && running / total > TAIL) {
                from = k;
            }
            if (running / total >= 1 - TAIL) {
                to = k;
                break;
            }
        }
        if (from < 0 || to < 0 || to - from + 1 >= g.bins() / 4) {
            return Optional.empty();
        }
        return Optional.of(g.zoom(from, to));
    }
}
