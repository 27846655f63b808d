package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.explain.Influence;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A model's influence table names what the builds' outcomes depended on: in rows where a build broke when it touched
 * build configuration with more than 20 added lines, those two features move the risks most. The plain-Java scorer
 * gives the same table as Tribuo.
 */
class InfluenceTest {
    @Test
    void theCauseOfTheBreaksMovesTheRisksMost() {
        List<BuildFeatures> rows = SyntheticRows.rows(400, 11, 0.02);
        TrainingOutcome t = new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults());
        List<Influence> all = Influence.of(t.model(), rows, 300);
        assertThat(all.subList(0, 2)).extracting(Influence::feature)
                .containsExactlyInAnyOrder(Feature.TOUCHES_BUILD_CONFIG, Feature.LINES_ADDED);
        Influence cause = all.stream().filter(i -> i.feature() == Feature.TOUCHES_BUILD_CONFIG).findFirst().orElseThrow();
        assertThat(cause.meanEffect()).isGreaterThan(0.05);
        // the flag's typical value is 0: only the builds that touch build configuration move, about 30% of them
        double flagged = rows.subList(100, 400).stream().filter(r -> r.raw(Feature.TOUCHES_BUILD_CONFIG) > 0).count() / 300.0;
        assertThat(cause.raised() + cause.lowered()).isGreaterThan(flagged / 2).isLessThanOrEqualTo(flagged);
        for (int k = 1; k < all.size(); k++) {
            assertThat(all.get(k).meanEffect()).isLessThanOrEqualTo(all.get(k - 1).meanEffect());
        }
        Influence noise = all.stream().filter(i -> i.feature() == Feature.WEEKDAY).findFirst()
                .orElse(new Influence(Feature.WEEKDAY, 0, 0, 0));
        assertThat(noise.meanEffect()).as("a feature unrelated to the outcomes").isLessThan(cause.meanEffect() / 5);
        assertThat(Influence.of(t.model(), rows.subList(0, 0), 300)).isEmpty();
        // train measures it with the plain-Java scorer it compiles: the same table
        RiskModel plain = ModelFiles.plainScorer(t.model(), rows).orElseThrow().scoring(t.model());
        assertThat(plain.plainJava()).isTrue();
        List<Influence> fast = Influence.of(plain, rows, 300);
        assertThat(fast).extracting(Influence::feature).containsExactlyElementsOf(all.stream().map(Influence::feature).toList());
        for (int k = 0; k < all.size(); k++) {
            assertThat(fast.get(k).meanEffect()).isCloseTo(all.get(k).meanEffect(), within(1e-6));
            assertThat(fast.get(k).raised()).isCloseTo(all.get(k).raised(), within(1.0 / 300));
        }
    }
}
