package io.mlgate.engine.drift.data;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Grid choice, key-to-cell mapping, clamping and zoom on hand-made counts. */
class GridTest {
    @Test
    void integerColumnsGetUnitBinsCentredOnTheIntegers() {
        Grid g = Grid.forRange(18, 89, true);
        assertThat(g.bins()).isEqualTo(72);
        assertThat(g.pointBins()).isTrue();
        assertThat(g.lo()).isEqualTo(17.5);
        assertThat(g.hi()).isEqualTo(89.5);
        assertThat(g.width()).isEqualTo(1.0);
        // the SQL key of an integer column is x − min: 18 is bin 0, 89 bin 71
        assertThat(g.cellOfKey(0)).isEqualTo(1);
        assertThat(g.cellOfKey(71)).isEqualTo(72);
        assertThat(g.cellOfKey(-3)).isZero();
        assertThat(g.cellOfKey(72)).isEqualTo(73);
    }

    @Test
    void wideIntegerRangesAndDoublesGetFineEqualWidthBins() {
        Grid g = Grid.forRange(0, 100_000, true);
        assertThat(g.bins()).isEqualTo(Grid.FINE_BINS);
        assertThat(g.pointBins()).isFalse();
        Grid d = Grid.forRange(-1.6, 35.6, false);
        assertThat(d.bins()).isEqualTo(Grid.FINE_BINS);
        assertThat(d.edge(0)).isEqualTo(-1.6);
        assertThat(d.edge(Grid.FINE_BINS)).isEqualTo(35.6);
        // the maximum itself falls in the last bin, not on the next edge
        assertThat(d.cellOfKey(Math.floor((35.6 - d.lo()) * d.scale()))).isEqualTo(Grid.FINE_BINS);
        assertThat(d.cellOfKey(Math.floor((-1.6 - d.lo()) * d.scale()))).isEqualTo(1);
    }

    @Test
    void aConstantGetsOneNarrowBin() {
        Grid g = Grid.forRange(7.25, 7.25, false);
        assertThat(g.bins()).isEqualTo(1);
        assertThat(g.lo()).isLessThan(7.25);
        assertThat(g.hi()).isGreaterThan(7.25);
        assertThat(g.hi() - g.lo()).isLessThan(1e-8);
        Grid huge = Grid.forRange(1e300, 1e300, false);
        assertThat(huge.hi()).isGreaterThan(huge.lo());
    }

    @Test
    void clampingOnlyFarBeyondTheGrid() {
        Grid g = Grid.forRange(0, 10, false);
        assertThat(g.needsClamp(-5, 30)).isFalse();
        assertThat(g.needsClamp(-41, 5)).isTrue();
        assertThat(g.needsClamp(0, 1e6)).isTrue();
    }

    @Test
    void zoomNarrowsOntoTheBulkWhenOutliersStretchTheGrid() {
        Grid g = Grid.forRange(0, 4096, false);
        long[] cells = new long[g.bins() + 2];
        cells[1 + 10] = 500_000;   // the bulk in bins 10..12
        cells[1 + 11] = 400_000;
        cells[1 + 12] = 99_800;
        cells[1 + 4095] = 200;     // 0.02 % far out
        Optional<Grid> z = Zoom.of(new NumericCounts(g, cells, 0, 0));
        assertThat(z).isPresent();
        assertThat(z.get().lo()).isCloseTo(10, within(1e-9));
        assertThat(z.get().hi()).isCloseTo(13, within(1e-9));
        assertThat(z.get().bins()).isEqualTo(Grid.FINE_BINS);
    }

    @Test
    void noZoomForSpreadDataOrIntegerGrids() {
        Grid g = Grid.forRange(0, 1, false);
        long[] cells = new long[g.bins() + 2];
        for (int k = 0; k < g.bins(); k++) {
            cells[k + 1] = 10;
        }
        assertThat(Zoom.of(new NumericCounts(g, cells, 0, 0))).isEmpty();
        Grid ints = Grid.forRange(0, 10, true);
        long[] few = new long[ints.bins() + 2];
        few[1] = 1000;
        few[11] = 1;
        assertThat(Zoom.of(new NumericCounts(ints, few, 0, 0))).isEmpty();
    }
}
