package io.mlgate.engine.buildrisk.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlattTest {
    @Test
    void fitsTheLogLossOptimum() {
        // scores already calibrated on 1000 draws: the fit stays near the identity (a = 1, b = 0)
        java.util.Random r = new java.util.Random(7);
        double[] s = new double[20000];
        boolean[] y = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = 0.05 + 0.9 * r.nextDouble();
            y[i] = r.nextDouble() < s[i];
        }
        Platt p = Platt.fit(s, y);
        assertThat(p.a()).isCloseTo(1, within(0.05));
        assertThat(p.b()).isCloseTo(0, within(0.05));
    }

    @Test
    void overconfidentScoresAreShrunkAndOrderIsKept() {
        double[] s = {0.99, 0.99, 0.99, 0.99, 0.01, 0.01, 0.01, 0.01};
        boolean[] y = {true, true, false, false, true, false, false, false};
        Platt p = Platt.fit(s, y);
        // two score values, two parameters: each group gets the mean of its smoothed targets, 4/5 and 1/7
        assertThat(p.a()).isPositive();
        assertThat(p.apply(0.99)).isCloseTo((2 * 0.8 + 2 / 7.0) / 4, within(1e-6));
        assertThat(p.apply(0.01)).isCloseTo((0.8 + 3 / 7.0) / 4, within(1e-6));
    }

    @Test
    void scoresThatRankBackwardsGetOneProbabilityForAll() {
        double[] s = {0.9, 0.8, 0.2, 0.1};
        boolean[] y = {false, false, true, true};
        Platt p = Platt.fit(s, y);
        assertThat(p.a()).isZero();
        assertThat(p.apply(0.9)).isEqualTo(p.apply(0.1)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void oneClassOnlyLeavesScoresAsTheyAre() {
        assertThat(Platt.fit(new double[]{0.2, 0.7}, new boolean[]{true, true})).isEqualTo(Platt.IDENTITY);
        assertThat(Platt.IDENTITY.apply(0.3)).isCloseTo(0.3, within(1e-12));
    }
}
