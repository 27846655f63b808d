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

    /** The threshold as first written: F1 counted over every build for every candidate (quadratic, kept as the reference). */
    private static double bestF1ThresholdByCounting(double[] p, boolean[] broken) {
        double[] candidates = java.util.Arrays.stream(p).distinct().sorted().toArray();
        double best = 0.5;
        double bestF1 = -1;
        for (int k = 0; k < candidates.length; k++) {
            double f1 = Metrics.of(p, broken, candidates[k]).f1();
            if (f1 >= bestF1) {
                bestF1 = f1;
                best = k == 0 ? candidates[0] : (candidates[k - 1] + candidates[k]) / 2;
            }
        }
        return best;
    }

    @Test
    void theThresholdFromSortedCountsIsTheOneCountingEveryBuildGives() {
        java.util.Random r = new java.util.Random(3);
        for (int round = 0; round < 300; round++) {
            int n = 1 + r.nextInt(60);
            double[] p = new double[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                p[i] = round % 3 == 0 ? r.nextInt(5) / 4.0 : r.nextDouble();   // every third round: many ties
                y[i] = r.nextDouble() < (round % 2 == 0 ? 0.3 : p[i]);
                if (round % 10 == 7 && i == 0) {
                    p[i] = Double.NaN;
                }
            }
            assertThat(ModelTrainer.bestF1Threshold(p, y)).as("round " + round)
                    .isEqualTo(bestF1ThresholdByCounting(p, y));
        }
    }
}
