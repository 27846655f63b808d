package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.buildrisk.features.Feature;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {
    /** {@code n} builds of one score, {@code broken} of them broken. */
    private static void fill(double[] s, boolean[] y, boolean[] prev, int from, int n, int broken, double score, boolean p) {
        Arrays.fill(s, from, from + n, score);
        Arrays.fill(y, from, from + broken, true);
        Arrays.fill(prev, from, from + n, p);
    }

    @Test
    void eachGroupGetsItsOwnScaling() {
        // after a passing build: score 0.2 breaks 5 of 50, score 0.6 breaks 10 of 20;
        // after a broken build: score 0.2 breaks 10 of 20, score 0.6 breaks 15 of 20
        double[] s = new double[110];
        boolean[] y = new boolean[110];
        boolean[] prev = new boolean[110];
        fill(s, y, prev, 0, 50, 5, 0.2, false);
        fill(s, y, prev, 50, 20, 10, 0.6, false);
        fill(s, y, prev, 70, 20, 10, 0.2, true);
        fill(s, y, prev, 90, 20, 15, 0.6, true);
        Calibration c = Calibration.fit(s, y, prev, Feature.PREVIOUS_BUILD_BROKEN);
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
    void aSmallGroupKeepsThePooledSlopeWithAnInterceptOfItsOwn() {
        double[] s = new double[80];
        boolean[] y = new boolean[80];
        boolean[] prev = new boolean[80];
        fill(s, y, prev, 0, 40, 4, 0.2, false);
        fill(s, y, prev, 40, 30, 15, 0.6, false);
        fill(s, y, prev, 70, 6, 4, 0.6, true);  // 4 broken after a broken build: too few for a slope
        fill(s, y, prev, 76, 4, 0, 0.3, true);
        Calibration c = Calibration.fit(s, y, prev, Feature.PREVIOUS_BUILD_BROKEN);
        Platt pooled = Platt.fit(s, y);
        assertThat(c.broken().a()).isEqualTo(pooled.a());
        assertThat(c.broken().b()).isNotCloseTo(pooled.b(), within(0.1));
        // the intercept's optimum: the group's probabilities add up to its smoothed targets (4 broken, 6 passing)
        double sum = 0;
        for (int i = 70; i < 80; i++) {
            sum += c.apply(s[i], true);
        }
        assertThat(sum).isCloseTo(4 * (5 / 6.0) + 6 * (1 / 8.0), within(1e-6));
        assertThat(c.passing()).isNotEqualTo(c.broken());
    }

    @Test
    void theGroupIsReadFromTheGroupingFeature() {
        double[] raw = new double[Feature.values().length];
        raw[Feature.PREVIOUS_BUILD_BROKEN.ordinal()] = 1;
        Platt low = new Platt(1, -2);
        Platt high = new Platt(1, 2);
        Calibration byPrevious = new Calibration(Feature.PREVIOUS_BUILD_BROKEN, low, high);
        Calibration byRule = new Calibration(Feature.RELATED_OUTCOME_CALL, low, high);
        assertThat(byPrevious.apply(0.3, raw)).isEqualTo(high.apply(0.3));
        assertThat(byRule.apply(0.3, raw)).isEqualTo(low.apply(0.3));
        raw[Feature.RELATED_OUTCOME_CALL.ordinal()] = 1;
        assertThat(byRule.apply(0.3, raw)).isEqualTo(high.apply(0.3));
        assertThatThrownBy(() -> new Calibration(Feature.PULL_REQUEST, low, high))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PULL_REQUEST");
    }

    @Test
    void theGroupingThatRanksTheBuildsBetterIsChosen() {
        // one score for all: the calibrated probability is the group's broken share, so the grouping whose flags
        // follow the outcomes ranks them; the other's flags are every other build
        int n = 60;
        double[] s = new double[n];
        Arrays.fill(s, 0.4);
        boolean[] y = new boolean[n];
        boolean[] follows = new boolean[n];
        boolean[] alternate = new boolean[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3 == 0;
            follows[i] = y[i] != (i % 10 == 0); // right on 54 of 60
            alternate[i] = i % 2 == 0;
        }
        Calibration rule = Calibration.choose(s, y, Map.of(Feature.PREVIOUS_BUILD_BROKEN, alternate,
                Feature.RELATED_OUTCOME_CALL, follows));
        assertThat(rule.by()).isEqualTo(Feature.RELATED_OUTCOME_CALL);
        assertThat(rule.method()).isEqualTo("platt-by-related-outcome-rule");
        assertThat(rule.apply(0.4, true)).isGreaterThan(rule.apply(0.4, false) + 0.5);
        Calibration previous = Calibration.choose(s, y, Map.of(Feature.PREVIOUS_BUILD_BROKEN, follows,
                Feature.RELATED_OUTCOME_CALL, alternate));
        assertThat(previous.by()).isEqualTo(Feature.PREVIOUS_BUILD_BROKEN);
        assertThat(previous.method()).isEqualTo("platt-by-previous-outcome");
        // the same flags rank the same: the previous outcome's, the first grouping
        Calibration tie = Calibration.choose(s, y, Map.of(Feature.PREVIOUS_BUILD_BROKEN, follows,
                Feature.RELATED_OUTCOME_CALL, follows));
        assertThat(tie.by()).isEqualTo(Feature.PREVIOUS_BUILD_BROKEN);
    }

    @Test
    void cardsOfEveryCalibrationLoad() {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Path card = Path.of("m", "model-card.json");
        ObjectNode old = json.createObjectNode().put("method", "platt").put("a", 2).put("b", -1);
        assertThat(ModelFiles.calibration(old, card)).isEqualTo(Calibration.single(new Platt(2, -1)));
        ObjectNode previous = json.createObjectNode();
        previous.putObject("after_passing").put("a", 1).put("b", 0);
        previous.putObject("after_broken").put("a", 0).put("b", 1);
        assertThat(ModelFiles.calibration(previous, card))
                .isEqualTo(new Calibration(Feature.PREVIOUS_BUILD_BROKEN, Platt.IDENTITY, new Platt(0, 1)));
        ObjectNode now = json.createObjectNode().put("method", "platt-by-related-outcome-rule")
                .put("grouped_by", "related_outcome_call");
        now.putObject("passing").put("a", 1).put("b", -1);
        now.putObject("broken").put("a", 2).put("b", 1);
        assertThat(ModelFiles.calibration(now, card))
                .isEqualTo(new Calibration(Feature.RELATED_OUTCOME_CALL, new Platt(1, -1), new Platt(2, 1)));
        now.put("grouped_by", "weekday");
        assertThatThrownBy(() -> ModelFiles.calibration(now, card)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(card.toString()).hasMessageContaining("calibration.grouped_by 'weekday'");
    }
}
