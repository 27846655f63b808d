package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.provenance.TrainerProvenance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A fit whose XGBoost training matrix was freed under it is made again, with a new trainer, and gives the model an
 * undisturbed fit gives; other failures, and a third such failure in a row, are thrown.
 */
class TrainAgainTest {
    private static final List<BuildFeatures> ROWS = SyntheticRows.rows(200, 3, 0.1);
    private static final String FREED = "[11:28:39] /workspace/src/learner.cc:639: Check failed: "
            + "!matrix.second.ref.expired(): ";

    /** A trainer that fails as Tribuo reports XGBoost's errors, then trains as {@code real} does. */
    private static Trainer<Label> failing(Trainer<Label> real, Exception cause) {
        return new Trainer<>() {
            @Override
            public Model<Label> train(Dataset<Label> examples, Map<String, com.oracle.labs.mlrg.olcut.provenance.Provenance> p) {
                throw new IllegalStateException(cause);
            }

            @Override
            public Model<Label> train(Dataset<Label> examples, Map<String, com.oracle.labs.mlrg.olcut.provenance.Provenance> p,
                                      int invocationCount) {
                throw new IllegalStateException(cause);
            }

            @Override
            public int getInvocationCount() {
                return 0;
            }

            @Override
            public void setInvocationCount(int count) {
            }

            @Override
            public TrainerProvenance getProvenance() {
                return real.getProvenance();
            }
        };
    }

    @Test
    void aFitWhoseMatrixWasFreedIsMadeAgainAndGivesTheSameModel() {
        var data = Examples.dataset("fit", ROWS, ModelSettings.defaults().halfLife());
        ModelSettings s = ModelSettings.defaults();
        Model<Label> undisturbed = Trainers.of(Family.XGBOOST, s, ROWS).train(data);
        AtomicInteger made = new AtomicInteger();
        Model<Label> again = Trainers.train(() -> made.incrementAndGet() == 1
                ? failing(Trainers.of(Family.XGBOOST, s, ROWS), new XGBoostError(FREED))
                : Trainers.of(Family.XGBOOST, s, ROWS), data);
        assertThat(made.get()).isEqualTo(2);
        assertThat(RiskModel.scores(again, ROWS)).containsExactly(RiskModel.scores(undisturbed, ROWS));
    }

    @Test
    void otherFailuresAndAThirdFreedMatrixAreThrown() {
        var data = Examples.dataset("fit", ROWS, ModelSettings.defaults().halfLife());
        Trainer<Label> real = Trainers.of(Family.XGBOOST, ModelSettings.defaults(), ROWS);
        AtomicInteger made = new AtomicInteger();
        assertThatThrownBy(() -> Trainers.train(() -> {
            made.incrementAndGet();
            return failing(real, new XGBoostError("[12:00:00] Check failed: out of memory"));
        }, data)).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("[12:00:00] Check failed: out of memory");
        assertThat(made.get()).isEqualTo(1);
        made.set(0);
        assertThatThrownBy(() -> Trainers.train(() -> {
            made.incrementAndGet();
            return failing(real, new XGBoostError(FREED));
        }, data)).isInstanceOf(IllegalStateException.class).hasRootCauseMessage(FREED);
        assertThat(made.get()).isEqualTo(Trainers.ATTEMPTS);
    }
}
