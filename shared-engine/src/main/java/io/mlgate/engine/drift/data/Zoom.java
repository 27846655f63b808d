package io.mlgate.engine.drift.data;

import java.util.Optional;

/**
 * Narrows a reference grid onto its bulk when outliers stretch it: if the bins between the reference's 0.1 % and
 * 99.9 % quantiles are fewer than a quarter of all bins, the grid is redrawn over just those bins (the rest of the
 * data then falls in the tails, which keep exact sums). One level only; integer grids are never zoomed.
 */
public final class Zoom {
    /** Share of the reference left in each tail at most, by construction. */
    public static final double TAIL = 0.001;

    private Zoom() {
    }

    public static Optional<Grid> of(NumericCounts reference) {
        Grid g = reference.grid();
        if (g.pointBins() || g.bins() < Grid.FINE_BINS) {
            return Optional.empty();
        }
        long[] cells = reference.cells();
        double total = reference.total();
        if (total == 0 || cells[0] > 0 || cells[cells.length - 1] > 0) {
            return Optional.empty();
        }
        int from = -1;
        int to = -1;
        long running = 0;
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
