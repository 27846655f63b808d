package io.mlgate.engine.buildrisk.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Tiny vectors with answers worked out by hand. */
class MetricsTest {
    @Test
    void confusionCountsAndDerivedMeasures() {
        double[] s = {0.9, 0.8, 0.3, 0.2, 0.6, 0.1};
        boolean[] y = {true, false, true, false, true, false};
        Metrics m = Metrics.of(s, y, 0.5);
        assertThat(m).extracting(Metrics::tp, Metrics::fp, Metrics::fn, Metrics::tn).containsExactly(2, 1, 1, 2);
        assertThat(m.precision()).isEqualTo(2.0 / 3);
        assertThat(m.recall()).isEqualTo(2.0 / 3);
        assertThat(m.f1()).isEqualTo(2.0 / 3);
        assertThat(m.accuracy()).isEqualTo(4.0 / 6);
        // broken scores 0.9, 0.3, 0.6 against passing 0.8, 0.2, 0.1: 7 of 9 pairs ordered right
        assertThat(m.auc()).isCloseTo(7.0 / 9, within(1e-12));
    }

    @Test
    void aucCountsTiesAsHalfAndNeedsBothKinds() {
        assertThat(Metrics.auc(new double[]{1, 0, 1, 0}, new boolean[]{true, true, false, false})).isEqualTo(0.5);
        assertThat(Metrics.auc(new double[]{0.5, 0.5}, new boolean[]{true, false})).isEqualTo(0.5);
        assertThat(Metrics.auc(new double[]{0.1, 0.2}, new boolean[]{true, true})).isNaN();
    }

    @Test
    void f1IsZeroWhenNothingBrokenIsFoundAndUndefinedWithoutBrokenBuilds() {
        assertThat(Metrics.of(new double[]{0.1, 0.2}, new boolean[]{true, false}, 0.5).f1()).isZero();
        assertThat(Metrics.of(new double[]{0.1, 0.2}, new boolean[]{false, false}, 0.5).f1()).isNaN();
        assertThat(Metrics.of(new double[]{0.1, 0.2}, new boolean[]{false, false}, 0.5).precision()).isNaN();
    }

    @Test
    void theDecisionThresholdSitsMidwayInTheGapThatMaximizesF1() {
        double[] p = {0.1, 0.2, 0.8, 0.9};
        boolean[] y = {false, false, true, true};
        assertThat(ModelTrainer.bestF1Threshold(p, y)).isEqualTo(0.5);
        // one broken build scores low: catching it costs two false alarms (F1 0.75), missing it gives F1 0.8
        double[] q = {0.1, 0.2, 0.3, 0.8, 0.9};
        boolean[] z = {true, false, false, true, true};
        assertThat(ModelTrainer.bestF1Threshold(q, z)).isEqualTo(0.55);
    }
}
