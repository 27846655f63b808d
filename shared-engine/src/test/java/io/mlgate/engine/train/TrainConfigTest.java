package io.mlgate.engine.train;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.config.YamlTree;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.model.ModelSpecReader;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.metrics.MetricKind;
import io.mlgate.engine.modeltest.metrics.MetricValue;
import io.mlgate.engine.modeltest.stats.Bootstrap;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trainer configuration, device placement and the model card round trip. */
class TrainConfigTest {

    private static ModelSpec spec(String yaml) {
        return ModelSpecReader.read(YamlTree.parse("mlgate.yml", yaml), Path.of("."));
    }

    @Test
    void defaultsAreFilledInAndRecorded() {
        TrainSpec t = TrainSpecReader.read(spec("task: classification\nlabel: y\ntrain:\n  trainer: xgboost\n"
                + "  params: {trees: 7}\n"));
        assertThat(t.trainer().seed()).isEqualTo(TrainSpec.DEFAULT_SEED);
        assertThat(t.holdout()).isEqualTo(TrainSpec.DEFAULT_HOLDOUT);
        assertThat(t.trainer().params()).containsEntry("trees", 7).containsEntry("max_depth", 6)
                .containsEntry("tree_method", "hist").doesNotContainKey("objective");
        TrainSpec r = TrainSpecReader.read(spec("task: regression\nlabel: y\ntrain: {trainer: xgboost, seed: 9}\n"));
        assertThat(r.trainer().params()).containsEntry("objective", "squared");
        assertThat(r.trainer().seed()).isEqualTo(9);
    }

    @Test
    void badTrainerSettingsPointAtTheLine() {
        assertThatThrownBy(() -> TrainSpecReader.read(spec("task: regression\nlabel: y\ntrain:\n"
                + "  trainer: logistic_regression\n"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("mlgate.yml:4:").hasMessageContaining("trains classifiers only");
        assertThatThrownBy(() -> TrainSpecReader.read(spec("task: classification\nlabel: y\ntrain:\n  trainer: cart\n"
                + "  params: {max_depth: 0}\n"))).hasMessageContaining("mlgate.yml:5:")
                .hasMessageContaining("from 1 to 1000");
        assertThatThrownBy(() -> TrainSpecReader.read(spec("task: classification\nlabel: y\ntrain:\n"
                + "  trainer: random_forest\n  params: {feature_fraction: 1}\n"))).hasMessageContaining("below 1");
        assertThatThrownBy(() -> TrainSpecReader.read(spec("task: classification\nlabel: y\ntrain:\n  trainer: svm\n")))
                .hasMessageContaining("expected one of logistic_regression, linear_sgd, cart, random_forest, xgboost");
        assertThatThrownBy(() -> spec("task: classification\nlabel: y\nfeatures: [a, y]\n"))
                .hasMessageContaining("label column 'y' cannot also be a feature");
    }

    @Test
    void placementOnlyEverUsesAGpuForXgboostAndSaysWhy() {
        GpuProbe gpu = () -> Optional.of("GPU 0: test");
        assertThat(Placement.decide(Device.AUTO, TrainerKind.XGBOOST, GpuProbe.NONE))
                .isEqualTo(new Placement(false, "training on CPU: no CUDA GPU found (--device auto)"));
        assertThat(Placement.decide(Device.AUTO, TrainerKind.XGBOOST, gpu).gpu()).isTrue();
        assertThat(Placement.decide(Device.CPU, TrainerKind.XGBOOST, gpu).gpu()).isFalse();
        assertThat(Placement.decide(Device.AUTO, TrainerKind.CART, gpu).gpu()).isFalse();
        assertThatThrownBy(() -> Placement.decide(Device.CUDA, TrainerKind.XGBOOST, GpuProbe.NONE))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("--device cuda: no CUDA GPU found");
        assertThatThrownBy(() -> Placement.decide(Device.CUDA, TrainerKind.RANDOM_FOREST, gpu))
                .hasMessageContaining("only xgboost trains on a GPU");
        // the GPU path changes XGBoost's tree method and nothing else
        TrainerSpec s = TrainSpecReader.read(spec("task: classification\nlabel: y\ntrain: {trainer: xgboost}\n")).trainer();
        assertThat(TrainerFactory.classification(s, true).toString()).contains("gpu_hist");
        assertThat(TrainerFactory.classification(s, false).toString()).doesNotContain("gpu_hist").contains("hist");
    }

    @Test
    void modelCardRoundTrip() {
        TrainerSpec trainer = TrainSpecReader.read(spec("task: classification\nlabel: y\ntrain: {trainer: cart}\n"))
                .trainer();
        ModelCard card = new ModelCard("m.tribuo", "sha256:ab", "org.tribuo.common.tree.TreeModel",
                ModelTask.CLASSIFICATION, "y", List.of(new ModelCard.Feature("x1", "number", 1),
                new ModelCard.Feature("city", "category", 3)), List.of("no", "yes"), trainer, "cpu", "cpu only",
                new ModelCard.Data("train.csv", Map.of("train.csv", "sha256:cd"), 100, 80, 20, 0.2, 42, List.of("date")),
                new Bootstrap(100, 0.9, 7), List.of(new MetricValue(MetricId.of(MetricKind.ACCURACY), 0.8, 0.7, 0.9),
                new MetricValue(new MetricId(MetricKind.F1, "yes"), 0.75, Double.NaN, Double.NaN)),
                new GitState("abc123", "main", true, "read"), "0.1.0", "4.3.2", Instant.parse("2025-01-02T03:04:05Z"),
                123, Optional.of("m.onnx"));
        ModelCard back = ModelCardJson.read(ModelCardJson.write(card), "card.json");
        assertThat(back).isEqualTo(card);
        assertThat(ModelCardJson.write(back)).isEqualTo(ModelCardJson.write(card));
    }

    @Test
    void holdoutSplitIsSeededAndKeepsATrainingRow() {
        HoldoutSplit a = HoldoutSplit.of(10, 0.3, 1);
        assertThat(a.holdout()).hasSize(3).isSorted();
        assertThat(a.train()).hasSize(7).isSorted();
        assertThat(HoldoutSplit.of(10, 0.3, 1).holdout()).containsExactly(a.holdout());
        assertThat(HoldoutSplit.of(1, 0.5, 1).train()).hasSize(1);
    }
}
