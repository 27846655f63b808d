package io.mlgate.engine.modeltest.stats;

import io.mlgate.engine.modeltest.metrics.Evaluation;
import io.mlgate.engine.modeltest.metrics.RegressionOutcomes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Bootstrap, McNemar and DeLong on vectors small enough to check by hand. */
class StatsTest {

    @Test
    void poissonWeightsHaveMeanAndVarianceOne() {
        byte[] w = new byte[200_000];
        PoissonWeights.fill(w, 7);
        double sum = 0;
        double sq = 0;
        for (byte b : w) {
            sum += b;
            sq += b * b;
        }
        double mean = sum / w.length;
        assertThat(mean).isCloseTo(1.0, within(0.01));
        assertThat(sq / w.length - mean * mean).isCloseTo(1.0, within(0.02));
    }

    @Test
    void tableDrawsEqualTheInverseCdf() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            long u = r.nextLong() >>> 32;
            assertThat(PoissonWeights.draw(u)).isEqualTo(PoissonWeights.slow(u));
        }
        // the extremes: 0 gives 0; the largest 32-bit value lies beyond CDF(12) and is capped at 13
        assertThat(PoissonWeights.draw(0)).isEqualTo((byte) 0);
        assertThat(PoissonWeights.draw(0xFFFFFFFFL)).isEqualTo((byte) PoissonWeights.MAX);
    }

    @Test
    void bootstrapIsSeededAndIntervalsCoverThePointValue() {
        Random r = new Random(1);
        double[] y = new double[500];
        double[] p = new double[500];
        for (int i = 0; i < y.length; i++) {
            y[i] = r.nextGaussian();
            p[i] = y[i] + 0.5 * r.nextGaussian();
        }
        Evaluation e = Evaluation.of(new RegressionOutcomes(y, p));
        Bootstrap b = new Bootstrap(300, 0.95, 11);
        double[][] first = b.run(y.length, e.groups());
        double[][] second = b.run(y.length, e.groups());
        assertThat(first).isDeepEqualTo(second);
        double rmse = e.compute(null)[0];
        double[] ci = b.interval(first[0]);
        assertThat(ci[0]).isLessThan(rmse);
        assertThat(ci[1]).isGreaterThan(rmse);
        // RMSE of N(0, 0.25) errors is 0.5; its standard error with n = 500 is about 0.5 / sqrt(2n) = 0.016
        assertThat(ci[1] - ci[0]).isBetween(0.03, 0.10);
        assertThat(new Bootstrap(300, 0.95, 12).run(y.length, e.groups())[0]).isNotEqualTo(first[0]);
    }

    @Test
    void longBootstrapsSayHowFarTheyGotEachQuarterWithoutChangingResults() {
        WeightedStatistic sum = new WeightedStatistic() {
            @Override
            public int width() {
                return 1;
            }

            @Override
            public void compute(byte[] w, double[] out, int offset) {
                double s = 0;
                for (byte x : w) {
                    s += x;
                }
                out[offset] = s;
            }
        };
        Bootstrap b = new Bootstrap(40, 0.95, 3);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        double[][] reported = b.run(100, List.of(sum), lines::add, 0);
        assertThat(lines).containsExactlyInAnyOrder("bootstrap: 10 of 40 resamples", "bootstrap: 20 of 40 resamples",
                "bootstrap: 30 of 40 resamples");
        assertThat(reported[0]).containsExactly(b.run(100, List.of(sum))[0]);
        List<String> quiet = new ArrayList<>();
        b.run(100, List.of(sum), quiet::add);
        assertThat(quiet).as("small runs stay quiet").isEmpty();
    }

    @Test
    void mcnemarFromDiscordantPairs() {
        boolean[] champion = {true, true, true, false, false, true, true, true, false, true};
        boolean[] challenger = {true, false, true, true, true, true, true, true, true, true};
        McNemar m = McNemar.of(champion, challenger);
        // b = 1 (row 1), c = 3 (rows 3, 4, 8): d = 2/10, se = sqrt(4 - 4/10) / 10, p = 2 * P(Bin(4, 1/2) <= 1) = 10/16
        assertThat(m.b()).isEqualTo(1);
        assertThat(m.c()).isEqualTo(3);
        assertThat(m.difference()).isCloseTo(0.2, within(1e-12));
        assertThat(m.standardError()).isCloseTo(Math.sqrt(3.6) / 10, within(1e-12));
        assertThat(m.pValue()).isCloseTo(0.625, within(1e-12));
        assertThat(m.lowerBound(0.95)).isCloseTo(0.2 - 1.6448536 * Math.sqrt(3.6) / 10, within(1e-6));
    }

    @Test
    void delongVarianceByHand() {
        boolean[] pos = {true, true, true, false, false, false};
        double[] a = {0.9, 0.8, 0.4, 0.6, 0.35, 0.1};
        double[] b = {0.9, 0.8, 0.7, 0.6, 0.35, 0.1};
        DeLong d = DeLong.of(pos, a, b);
        // model a: V10 = 1, 1, 2/3 and V01 = 2/3, 1, 1, each with sample variance 1/27; model b is perfect (all 1,
        // variance 0): var(diff) = (1/27) / 3 + (1/27) / 3 = 2/81
        assertThat(d.aucA()).isCloseTo(8.0 / 9, within(1e-12));
        assertThat(d.aucB()).isCloseTo(1.0, within(1e-12));
        assertThat(d.standardError()).isCloseTo(Math.sqrt(2.0 / 81), within(1e-12));
        assertThat(DeLong.midranks(new double[]{3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
    }

    @Test
    void quantilesInterpolate() {
        assertThat(Quantiles.of(new double[]{4, 1, 3, 2, Double.NaN}, 0.5)).isEqualTo(2.5);
        assertThat(Quantiles.of(new double[]{1, 2, 3, 4, 5}, 0.25)).isEqualTo(2.0);
    }
}
