package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.features.Feature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {
    @Test
    void eachPreviousOutcomeGetsItsOwnScaling() {
        // after a passing build: the overconfident scores of PlattTest; after a broken build: 3 of 3 broke
        double[] s = {0.99, 0.99, 0.99, 0.99, 0.01, 0.01, 0.01, 0.01, 0.2, 0.5, 0.9};
        boolean[] y = {true, true, false, false, true, false, false, false, true, true, true};
        boolean[] prev = {false, false, false, false, false, false, false, false, true, true, true};
        Calibration c = Calibration.fit(s, y, prev);
        assertThat(c.apply(0.99, false)).isCloseTo((2 * 0.8 + 2 / 7.0) / 4, within(1e-6));
        assertThat(c.apply(0.01, false)).isCloseTo((0.8 + 3 / 7.0) / 4, within(1e-6));
        // one class only: the smoothed share (3 + 1) / (3 + 2) whatever the score
        assertThat(c.afterBroken().a()).isZero();
        assertThat(c.apply(0.01, true)).isCloseTo(0.8, within(1e-12));
        assertThat(c.apply(0.99, true)).isCloseTo(0.8, within(1e-12));
        assertThat(c.apply(new double[]{0.01, 0.01}, new boolean[]{false, true}))
                .containsExactly(c.apply(0.01, false), c.apply(0.01, true));
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
        ObjectNode old = ModelCard.JSON.createObjectNode().put("method", "platt").put("a", 2).put("b", -1);
        assertThat(ModelFiles.calibration(old)).isEqualTo(Calibration.single(new Platt(2, -1)));
        ObjectNode now = ModelCard.JSON.createObjectNode();
        now.putObject("after_passing").put("a", 1).put("b", 0);
        now.putObject("after_broken").put("a", 0).put("b", 1);
        assertThat(ModelFiles.calibration(now)).isEqualTo(new Calibration(Platt.IDENTITY, new Platt(0, 1)));
    }
}
