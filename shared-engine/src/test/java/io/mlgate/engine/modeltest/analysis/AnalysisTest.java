package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.Column;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.metrics.ClassOutcomes;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.metrics.MetricKind;
import io.mlgate.engine.modeltest.policy.AnalysisSpecs;
import io.mlgate.engine.modeltest.policy.FairnessMetric;
import io.mlgate.engine.modeltest.policy.MetricRef;
import io.mlgate.engine.modeltest.stats.Bootstrap;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Slices, fairness and perturbations on vectors small enough to check by hand. */
class AnalysisTest {

    private static Table table(Column... cols) {
        Map<String, Column> m = new LinkedHashMap<>();
        for (Column c : cols) {
            m.put(c.name(), c);
        }
        return new Table("inline", cols[0].size(), m);
    }

    @Test
    void fairnessRatesAndDifferencesByHand() {
        // favourable class "y" (index 1). group a: selected 1,1,0,0, truly favourable 1,0,1,0
        //   selection 2/4 = .5, TPR 1/2, FPR 1/2; group b: selected 1,0,0,0, favourable 1,1,0,0: selection .25, TPR 1/2, FPR 0
        // DP difference .5 - .25 = .25, DP ratio .25 / .5 = .5, EO difference max(|.5 - .5|, |.5 - 0|) = .5
        ClassOutcomes o = new ClassOutcomes(List.of("n", "y"), new int[]{1, 0, 1, 0, 1, 1, 0, 0},
                new int[]{1, 1, 0, 0, 1, 0, 0, 0}, null, false, 1);
        Table t = table(new CategoricalColumn("g", new int[]{0, 0, 0, 0, 1, 1, 1, 1}, List.of("a", "b")));
        FairnessResults r = FairnessAnalysis.run(t, o, new AnalysisSpecs.Fairness(List.of("g"), Optional.empty(), 1),
                new Bootstrap(200, 0.95, 1));
        FairnessResults.Attribute a = r.attributes().get(0);
        assertThat(r.favorable()).isEqualTo("y");
        assertThat(a.groups().get(0).selectionRate()).isEqualTo(0.5);
        assertThat(a.groups().get(1).truePositiveRate()).isEqualTo(0.5);
        assertThat(a.groups().get(1).falsePositiveRate()).isEqualTo(0.0);
        assertThat(a.metrics().get(FairnessMetric.DEMOGRAPHIC_PARITY_DIFFERENCE).value()).isCloseTo(0.25, within(1e-12));
        assertThat(a.metrics().get(FairnessMetric.DEMOGRAPHIC_PARITY_RATIO).value()).isCloseTo(0.5, within(1e-12));
        assertThat(a.metrics().get(FairnessMetric.EQUALIZED_ODDS_DIFFERENCE).value()).isCloseTo(0.5, within(1e-12));
        assertThat(a.metrics().get(FairnessMetric.DEMOGRAPHIC_PARITY_DIFFERENCE).upper()).isGreaterThanOrEqualTo(0.25);
    }

    @Test
    void slicesByBinsAndValues() {
        // accuracy by x: x < 1 rows 0,1 (1 right of 2), [1, 2) rows 2,3 (2 of 2), >= 2 row 4 (0 of 1)
        ClassOutcomes o = new ClassOutcomes(List.of("n", "y"), new int[]{0, 1, 1, 0, 1}, new int[]{0, 0, 1, 0, 0},
                null, false, 1);
        Table t = table(new NumericColumn("x", new double[]{0.5, 0.1, 1.5, 1.0, 7}),
                new CategoricalColumn("c", new int[]{0, 0, 1, 1, 1}, List.of("p", "q")));
        MetricRef acc = new MetricRef(MetricKind.ACCURACY, Optional.empty());
        SliceResults r = SliceAnalysis.run(t, o, new AnalysisSpecs.Slices(List.of(new AnalysisSpecs.SliceColumn("x",
                Optional.of(List.of(1.0, 2.0)))), acc, 2, 5), List.of("c"));
        MetricId a = MetricId.of(MetricKind.ACCURACY);
        assertThat(r.slices()).extracting(SliceResults.Slice::description)
                .containsExactly("x < 1", "x in [1, 2)", "x >= 2");
        assertThat(r.slices()).extracting(s -> s.value(a)).containsExactly(0.5, 1.0, 0.0);
        // the search adds c = p (1 of 2 right) and c = q (2 of 3); x >= 2 has 1 row, below min_rows 2
        assertThat(r.weakest().get(0).value(a)).isEqualTo(0.5);
        assertThat(r.weakest()).noneMatch(s -> s.rows() < 2);
    }

    @Test
    void wilsonIntervalAndMissingKeepsAFeature() {
        // Wilson 95% for 5 of 10: 0.2366 to 0.7634 (e.g. Agresti and Coull 1998, table 1 style values)
        double[] ci = RobustnessAnalysis.wilson(5, 10, 0.95);
        assertThat(ci[0]).isCloseTo(0.2366, within(1e-4));
        assertThat(ci[1]).isCloseTo(0.7634, within(1e-4));
        Table t = table(new NumericColumn("a", new double[]{1, 2, 3}), new NumericColumn("b", new double[]{4, 5, 6}));
        Table gone = Perturber.missing(t, List.of("a", "b"), 1.0, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(gone.column("a").isMissing(i) && gone.column("b").isMissing(i)).isFalse();
        }
        assertThat(t.column("a").isMissing(0)).isFalse();
    }
}
