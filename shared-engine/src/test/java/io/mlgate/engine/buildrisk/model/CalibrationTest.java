package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.features.Feature;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {
    /** {@code n} builds of one score, {@code broken} of them broken. */
    private static void fill(double[] s, boolean[] y, boolean[] prev, int from, int n, int broken, double score, boolean p) {
        Arrays.fill(s, from, from + n, score);
        Arrays.fill(y, from, from + broken, true);
        Arrays.fill(prev, from, from + n, p);
    }

    @Test
    void eachPreviousOutcomeGetsItsOwnScaling() {
        // after a passing build: score 0.2 breaks 5 of 50, score 0.6 breaks 10 of 20;
        // after a broken build: score 0.2 breaks 10 of 20, score 0.6 breaks 15 of 20
        double[] s = new double[110];
        boolean[] y = new boolean[110];
        boolean[] prev = new boolean[110];
        fill(s, y, prev, 0, 50, 5, 0.2, false);
        fill(s, y, prev, 50, 20, 10, 0.6, false);
        fill(s, y, prev, 70, 20, 10, 0.2, true);
        fill(s, y, prev, 90, 20, 15, 0.6, true);
        Calibration c = Calibration.fit(s, y, prev);
        // two scores, two parameters: each score gets the mean of its smoothed targets within its group
        double hiP = 16 / 17.0, loP = 1 / 57.0;  // after passing: 15 broken, 55 passing
        double hiB = 26 / 27.0, loB = 1 / 17.0;  // after broken: 25 broken, 15 passing
        assertThat(c.apply(0.2, false)).isCloseTo((5 * hiP + 45 * loP) / 50, within(1e-6));
        assertThat(c.apply(0.6, false)).isCloseTo((10 * hiP + 10 * loP) / 20, within(1e-6));
        assertThat(c.apply(0.2, true)).isCloseTo((10 * hiB + 10 * loB) / 20, within(1e-6));
        assertThat(c.apply(0.6, true)).isCloseTo((15 * hiB + 5 * loB) / 20, within(1e-6));
        assertThat(c.apply(new double[]{0.2, 0.2}, new boolean[]{false, true}))
                .containsExactly(c.apply(0.2, false), c.apply(0.2, true));
    }

    @Test
    void aGroupWithTooFewOfAnOutcomeGetsThePooledScaling() {
        double[] s = new double[80];
        boolean[] y = new boolean[80];
        boolean[] prev = new boolean[80];
        fill(s, y, prev, 0, 40, 4, 0.2, false);
        fill(s, y, prev, 40, 30, 15, 0.6, false);
        fill(s, y, prev, 70, 10, 4, 0.6, true);  // 4 broken after a broken build: too few
        Calibration c = Calibration.fit(s, y, prev);
        assertThat(c.afterBroken()).isEqualTo(Platt.fit(s, y));
        assertThat(c.afterPassing()).isNotEqualTo(c.afterBroken());
    }

    @Test
    void theGroupIsReadFromThePreviousBuildBrokenFeature() {
        double[] raw = new double[Feature.values().length];
        assertThat(Calibration.previousBroken(raw)).isFalse();
        raw[Feature.PREVIOUS_BUILD_BROKEN.ordinal()] = 1;
        assertThat(Calibration.previousBroken(raw)).isTrue();
    }

    @Test
    void aCardWithOneScalingStillLoads() {
        ObjectNode old = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("method", "platt").put("a", 2).put("b", -1);
        assertThat(ModelFiles.calibration(old)).isEqualTo(Calibration.single(new Platt(2, -1)));
        ObjectNode now = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        now.putObject("after_passing").put("a", 1).put("b", 0);
        now.putObject("after_broken").put("a", 0).put("b", 1);
        assertThat(ModelFiles.calibration(now)).isEqualTo(new Calibration(Platt.IDENTITY, new Platt(0, 1)));
    }
}
