package io.mlgate.engine.train;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.model.TableReader;
import io.mlgate.engine.modeltest.predict.ClassPredictions;
import io.mlgate.engine.modeltest.predict.ModelOutput;
import io.mlgate.engine.modeltest.predict.OnnxPredictor;
import io.mlgate.engine.modeltest.predict.OnnxSpec;
import io.mlgate.engine.modeltest.predict.Predictor;
import io.mlgate.engine.modeltest.predict.TribuoPredictor;
import io.mlgate.engine.modeltest.predict.ValuePredictions;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.validate.run.InputOptions;
import io.mlgate.testing.ModelData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Training end to end: determinism, the Tribuo file round trip, the ONNX export read back by ONNX Runtime. */
class TrainingTest {
    @TempDir
    Path dir;

    private Path train(String task, String label, String trainer, String params, Path data, String out, long seed,
                       Optional<Path> onnx) {
        Path policy = ModelData.policy(dir, task, label, List.of("trainer: " + trainer, "params: " + params,
                "seed: " + seed), List.of("bootstrap: {resamples: 50}"));
        Path model = dir.resolve(out);
        new TrainRun(Progress.SILENT, GpuProbe.NONE).run(new TrainRequest(policy, Optional.of(data.toString()),
                InputOptions.defaults(), model, Optional.empty(), onnx, Device.AUTO, Optional.empty()));
        return model;
    }

    /** Predictions of {@code p} on {@code data}, bound the way model tests bind. */
    static ModelOutput predict(Predictor p, Path data) {
        try (ScanEngine engine = ScanEngine.open()) {
            Dataset ds = engine.register("test", DataSource.of(data.toString()));
            Table t = TableReader.read(engine, ds, p.bind(ds));
            return p.predict(t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic_regression", "linear_sgd", "cart", "random_forest", "xgboost"})
    void sameDataConfigAndSeedGiveTheSamePredictions(String trainer) {
        Path data = ModelData.binary(dir, "train.csv", 300, 1);
        Path test = ModelData.binary(dir, "test.csv", 100, 2);
        String params = trainer.equals("random_forest") || trainer.equals("xgboost") ? "{trees: 10}" : "{}";
        Path a = train("classification", "y", trainer, params, data, "a.tribuo", 5, Optional.empty());
        Path b = train("classification", "y", trainer, params, data, "b.tribuo", 5, Optional.empty());
        try (TribuoPredictor pa = new TribuoPredictor(a); TribuoPredictor pb = new TribuoPredictor(b)) {
            ClassPredictions x = (ClassPredictions) predict(pa, test);
            ClassPredictions y = (ClassPredictions) predict(pb, test);
            assertThat(x.predicted()).containsExactly(y.predicted());
            assertThat(x.scores()).containsExactly(y.scores());
            assertThat(x.classes()).containsExactlyInAnyOrder("yes", "no");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear_sgd", "cart", "random_forest", "xgboost"})
    void regressionTrainersRoundTripThroughTheModelFile(String trainer) throws Exception {
        Path data = ModelData.regression(dir, "train.csv", 300, 3);
        Path test = ModelData.regression(dir, "test.csv", 80, 4);
        String params = trainer.equals("random_forest") || trainer.equals("xgboost") ? "{trees: 10}" : "{}";
        Path file = train("regression", "target", trainer, params, data, "r.tribuo", 9, Optional.empty());
        try (TribuoPredictor loaded = new TribuoPredictor(file)) {
            ValuePredictions fromFile = (ValuePredictions) predict(loaded, test);
            Path copy = dir.resolve("copy.tribuo");
            loaded.model().serializeToFile(copy);
            ValuePredictions again = (ValuePredictions) predict(new TribuoPredictor(copy), test);
            assertThat(again.values()).containsExactly(fromFile.values());
            assertThat(loaded.task()).isEqualTo(ModelTask.REGRESSION);
        }
    }

    @Test
    void onnxExportGivesTheSamePredictionsThroughOnnxRuntime() {
        Path data = ModelData.binary(dir, "train.csv", 400, 11);
        Path test = ModelData.binary(dir, "test.csv", 200, 12);
        Path onnx = dir.resolve("m.onnx");
        Path file = train("classification", "y", "logistic_regression", "{epochs: 10}", data, "m.tribuo", 3,
                Optional.of(onnx));
        try (TribuoPredictor tribuo = new TribuoPredictor(file);
             OnnxPredictor ort = new OnnxPredictor(onnx, ModelTask.CLASSIFICATION, OnnxSpec.none())) {
            ClassPredictions t = (ClassPredictions) predict(tribuo, test);
            ClassPredictions o = (ClassPredictions) predict(ort, test);
            assertThat(o.classes()).isEqualTo(t.classes());
            assertThat(o.predicted()).containsExactly(t.predicted());
            assertThat(o.scores()).containsExactly(t.scores(), within(1e-5));
            assertThat(o.probabilities()).isTrue();
            // the one-hot city columns are features of both
            assertThat(ort.featureColumns()).containsExactlyInAnyOrder("x1", "x2", "city");
        }
    }
}
