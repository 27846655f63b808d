package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.ensemble.WeightedEnsembleModel;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A seed ensemble scored member by member in batches gives Tribuo's row-by-row scores bit for bit. */
class EnsembleBatchTest {
    private static final List<BuildFeatures> TRAIN = SyntheticRows.rows(300, 7, 0.1);
    private static final List<BuildFeatures> SCORE = SyntheticRows.rows(120, 8, 0.1, Feature.TOUCHES_BUILD_CONFIG, 1000);

    private static List<Example<Label>> examples() {
        return SCORE.stream().map(r -> Examples.unlabeled(r.modelValues())).toList();
    }

    /** Tribuo's own score, one row at a time, as the ensemble predicts. */
    private static double[] rowByRow(Model<Label> m) {
        return examples().stream().mapToDouble(e -> TribuoScorer.brokenScore(m.predict(e))).toArray();
    }

    @Test
    void bothFamiliesSeedEnsemblesScoreExactlyAsTribuoDoesRowByRow() {
        for (Family f : Family.values()) {
            Model<Label> m = ModelTrainer.fit(f, ModelSettings.defaults(), TRAIN);
            assertThat(m).isInstanceOf(WeightedEnsembleModel.class);
            @SuppressWarnings("unchecked")
            WeightedEnsembleModel<Label> e = (WeightedEnsembleModel<Label>) m;
            double[] expected = rowByRow(m);
            assertThat(EnsembleBatch.scores(e, examples())).as(f.name()).hasValueSatisfying(s ->
                    assertThat(s).containsExactly(expected));
            assertThat(new TribuoScorer(m).scores(SCORE.stream().map(BuildFeatures::modelValues).toList()))
                    .as(f.name()).containsExactly(expected);
            // a build or two (predict without a plain-Java scorer) go row by row, to the same scores
            assertThat(EnsembleBatch.scores(e, examples().subList(0, 2))).isEmpty();
            assertThat(new TribuoScorer(m).score(SCORE.get(0).modelValues())).isEqualTo(expected[0]);
            // the scores spread: a check of constants would prove nothing
            assertThat(java.util.Arrays.stream(expected).distinct().count()).as(f.name()).isGreaterThan(5);
        }
    }

    /** Another combiner (votes, not averaged probabilities) is not what the batch computes: it declines. */
    @Test
    void anEnsembleCombinedOtherwiseIsLeftToTribuo() {
        @SuppressWarnings("unchecked")
        WeightedEnsembleModel<Label> seeds = (WeightedEnsembleModel<Label>) ModelTrainer.fit(Family.XGBOOST,
                ModelSettings.defaults(), TRAIN);
        WeightedEnsembleModel<Label> votes = WeightedEnsembleModel.createEnsembleFromExistingModels("votes",
                seeds.getModels(), new VotingCombiner());
        assertThat(EnsembleBatch.scores(votes, examples())).isEmpty();
        assertThat(new TribuoScorer(votes).scores(SCORE.stream().map(BuildFeatures::modelValues).toList()))
                .containsExactly(rowByRow(votes));
    }
}
