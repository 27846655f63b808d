package io.mlgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.testing.Files2;
import io.mlgate.testing.ModelData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Regression models and predictions files through {@code mlgate model test}. */
class CliModelKindsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode metric(JsonNode report, String name) {
        for (JsonNode m : report.path("sections").get(0).path("data").path("metrics")) {
            if (m.path("metric").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no metric " + name);
    }

    @Test
    void regressionAgainstABaselineWithChangeAndChallengerGates() throws Exception {
        Path policy = ModelData.policy(dir, "regression", "target", List.of("trainer: xgboost", "params: {trees: 30}"),
                List.of("bootstrap: {resamples: 200}", "gates:", "  - {metric: r2, min: 0.8}",
                        "  - {gate: change, metric: rmse, max_worse_relative: 0.5}",
                        "  - {gate: challenger, metric: mae, margin: 0.05}"));
        Path data = ModelData.regression(dir, "train.csv", 500, 1);
        Path strong = dir.resolve("xgb.tribuo");
        assertThat(CliRun.of("model", "train", "--policy", policy.toString(), "--data", data.toString(), "-o",
                strong.toString(), "--out", dir.resolve("t1").toString()).code()).isZero();
        Path cartPolicy = ModelData.policy(dir.resolve("cart"), "regression", "target", List.of("trainer: cart",
                "params: {max_depth: 2}"), List.of());
        Path weak = dir.resolve("cart.tribuo");
        assertThat(CliRun.of("model", "train", "--policy", cartPolicy.toString(), "--data", data.toString(), "-o",
                weak.toString(), "--out", dir.resolve("t2").toString()).code()).isZero();
        Path out = dir.resolve("reports");
        CliRun r = CliRun.of("model", "test", "--policy", policy.toString(), "--data",
                ModelData.regression(dir, "test.csv", 300, 2).toString(), "--model", strong.toString(), "--baseline",
                weak.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("3 checks: 3 pass");
        JsonNode report = JSON.readTree(out.resolve("mlgate-report.json").toFile());
        JsonNode rmse = metric(report, "rmse");
        assertThat(rmse.path("value").asDouble()).isLessThan(rmse.path("baseline").path("value").asDouble());
        assertThat(rmse.path("difference").path("upper").asDouble()).isLessThan(0);
        assertThat(report.path("sections").get(0).path("data").path("confusionMatrix").isNull()).isTrue();
    }

    @Test
    void binaryPredictionsFileWithAScoreColumn() throws Exception {
        // the six rows of MetricVectorsTest: accuracy 4/6, ROC AUC 8/9
        Path data = Files2.write(dir, "preds.csv", "y,p", "1,0.9", "1,0.4", "0,0.35", "0,0.1", "1,0.8", "0,0.6");
        Path policy = ModelData.policy(dir, "classification", "y", List.of(), List.of("predictions: {score: p}",
                "bootstrap: {resamples: 0}", "gates:", "  - {metric: roc_auc, min: 0.88}",
                "  - {metric: accuracy, min: 0.6, bound: lower}"));
        Path out = dir.resolve("reports");
        CliRun r = CliRun.of("model", "test", "--policy", policy.toString(), "--data", data.toString(), "--out",
                out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("1 pass", "1 no data");
        JsonNode report = JSON.readTree(out.resolve("mlgate-report.json").toFile());
        assertThat(metric(report, "roc_auc").path("value").asDouble()).isCloseTo(8.0 / 9, within(1e-9));
        assertThat(metric(report, "accuracy").path("value").asDouble()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(metric(report, "accuracy").path("lower").isNull()).isTrue();
    }

    @Test
    void multiclassPredictionsFileWithScorePerClass() throws Exception {
        Path data = Files2.write(dir, "preds.csv", "y,pa,pb,pc", "a,0.7,0.2,0.1", "b,0.1,0.8,0.1", "c,0.2,0.2,0.6",
                "a,0.3,0.4,0.3", "c,0.1,0.1,0.8", "b,0.5,0.4,0.1");
        Path policy = ModelData.policy(dir, "classification", "y", List.of(),
                List.of("predictions: {scores: {a: pa, b: pb, c: pc}}", "bootstrap: {resamples: 50}"));
        Path out = dir.resolve("reports");
        CliRun r = CliRun.of("model", "test", "--policy", policy.toString(), "--data", data.toString(), "--out",
                out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonNode report = JSON.readTree(out.resolve("mlgate-report.json").toFile());
        // argmax predicts a, b, c, b, c, a: rows 3 and 5 wrong
        assertThat(metric(report, "accuracy").path("value").asDouble()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(report.path("sections").get(0).path("data").path("curves")).hasSize(3);
        assertThat(report.path("sections").get(0).path("data").path("positiveClass").isNull()).isTrue();
    }
}
