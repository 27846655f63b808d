package io.mlgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.testing.ModelData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mlgate model train} and {@code mlgate model test} end to end through {@link Main#run}. */
class CliModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path policy(List<String> gates) {
        List<String> test = new java.util.ArrayList<>(List.of("bootstrap: {resamples: 200, seed: 5}", "gates:"));
        gates.forEach(g -> test.add("  - " + g));
        return ModelData.policy(dir, "classification", "y",
                List.of("trainer: logistic_regression", "params: {epochs: 10}", "seed: 1"), test);
    }

    private Path train(Path policy, String name, String trainer) {
        Path data = ModelData.binary(dir, "train.csv", 400, 1);
        CliRun r = CliRun.of("model", "train", "--policy", policy.toString(), "--data", data.toString(), "-o",
                dir.resolve(name).toString(), "--out", dir.resolve("train-reports").toString(), "--seed", "3");
        assertThat(r.code()).as(r.err()).isZero();
        return dir.resolve(name);
    }

    @Test
    void trainThenTestWritesModelCardAndGatedReport() throws Exception {
        Path policy = policy(List.of("{metric: accuracy, min: 0.6}", "{metric: roc_auc, min: 0.7, bound: lower}",
                "{metric: f1, class: 'yes', min: 0.99, level: warn}", "{gate: change, metric: accuracy, max_worse: 0.05}"));
        Path model = train(policy, "m.tribuo", "logistic_regression");
        JsonNode card = JSON.readTree(dir.resolve("m.card.json").toFile());
        assertThat(card.path("kind").asText()).isEqualTo("mlgate-model-card");
        assertThat(card.path("trainer").path("seed").asLong()).isEqualTo(3);
        assertThat(card.path("trainer").path("device").asText()).isEqualTo("cpu");
        assertThat(card.path("data").path("fingerprints")).hasSize(1);
        assertThat(card.path("holdoutMetrics").path("values").get(0).path("metric").asText()).isEqualTo("accuracy");

        Path test = ModelData.binary(dir, "test.csv", 300, 2);
        Path out = dir.resolve("reports");
        CliRun r = CliRun.of("model", "test", "--policy", policy.toString(), "--data", test.toString(), "--model",
                model.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("WARN  Model test: Tribuo LinearSGDModel (m.tribuo)")
                .contains("4 checks: 2 pass, 1 warn, 0 fail, 1 no data");
        JsonNode report = JSON.readTree(out.resolve("mlgate-report.json").toFile());
        assertThat(report.path("command").asText()).isEqualTo("model test");
        JsonNode section = report.path("sections").get(0);
        assertThat(section.path("kind").asText()).isEqualTo("model");
        assertThat(section.path("data").path("positiveClass").asText()).isEqualTo("yes");
        assertThat(section.path("data").path("confusionMatrix").path("counts")).hasSize(2);
        assertThat(section.path("data").path("curves").get(0).path("roc").size()).isGreaterThan(10);
        assertThat(report.path("checks").get(3).path("status").asText()).isEqualTo("NO_DATA");
        String html = java.nio.file.Files.readString(out.resolve("mlgate-report.html"));
        assertThat(html).contains("<svg class=\"chart roc\"", "<svg class=\"chart pr\"", "<svg class=\"chart calibration\"",
                "class=\"confusion\"");
        assertThat(java.nio.file.Files.readString(out.resolve("mlgate-summary.md"))).contains("### Model metrics",
                "| roc\\_auc |", "Confusion matrix");
    }

    @Test
    void challengerAgainstAWeakerChampionAndAFailingGate() {
        Path policy = policy(List.of("{gate: challenger, metric: accuracy, margin: 0.01}",
                "{gate: challenger, metric: roc_auc, margin: 0.01}",
                "{gate: challenger, metric: brier, margin: 0.01, method: paired_bootstrap}",
                "{metric: accuracy, min: 0.99}"));
        Path strong = train(policy, "strong.tribuo", "logistic_regression");
        Path weakPolicy = ModelData.policy(dir.resolve("weak"), "classification", "y",
                List.of("trainer: cart", "params: {max_depth: 1}", "seed: 1"), List.of());
        Path weak = train(weakPolicy, "weak.tribuo", "cart");
        Path test = ModelData.binary(dir, "test.csv", 300, 2);
        Path out = dir.resolve("reports");
        CliRun r = CliRun.of("model", "test", "--policy", policy.toString(), "--data", test.toString(), "--model",
                strong.toString(), "--baseline", weak.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("4 checks: 2 pass, 0 warn, 1 fail, 1 no data")
                .contains("FAIL    threshold.accuracy");
        // McNemar for accuracy, DeLong for two-class ROC AUC; the stump gives no probabilities, so Brier has no data
        assertThat(r.out()).doesNotContain("challenger.accuracy:");
    }

    @Test
    void deviceCudaWithoutAGpuIsBadInput() {
        org.junit.jupiter.api.Assumptions.assumeTrue(new io.mlgate.engine.train.SystemGpuProbe().cudaGpu().isEmpty(),
                "this machine has a CUDA GPU");
        Path policy = ModelData.policy(dir, "classification", "y", List.of("trainer: xgboost"), List.of());
        Path data = ModelData.binary(dir, "train.csv", 50, 1);
        CliRun r = CliRun.of("model", "train", "--policy", policy.toString(), "--data", data.toString(), "-o",
                dir.resolve("m.tribuo").toString(), "--device", "cuda", "--out", dir.resolve("reports").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errors().strip()).startsWith("mlgate: error: --device cuda: no CUDA GPU found");
        assertThat(dir.resolve("reports")).doesNotExist();
        assertThat(dir.resolve("m.tribuo")).doesNotExist();
    }

    @Test
    void deviceAutoWithoutAGpuTrainsOnCpuAndSaysSoOnce() {
        org.junit.jupiter.api.Assumptions.assumeTrue(new io.mlgate.engine.train.SystemGpuProbe().cudaGpu().isEmpty(),
                "this machine has a CUDA GPU");
        Path policy = ModelData.policy(dir, "classification", "y", List.of("trainer: xgboost", "params: {trees: 5}"),
                List.of());
        Path data = ModelData.binary(dir, "train.csv", 100, 1);
        CliRun r = CliRun.of("model", "train", "--policy", policy.toString(), "--data", data.toString(), "-o",
                dir.resolve("m.tribuo").toString(), "--out", dir.resolve("reports").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.contains("no CUDA GPU found"))).hasSize(1);
    }

    @Test
    void analysesAddSectionsAndTheirGatesJudge() throws Exception {
        Path policy = ModelData.policy(dir, "classification", "y",
                List.of("trainer: logistic_regression", "params: {epochs: 5}", "seed: 1"),
                List.of("bootstrap: {resamples: 100}",
                        "slices: {columns: [{column: x1, bins: [0]}], search: 2, min_rows: 10}",
                        "fairness: {sensitive: [city], min_rows: 10}",
                        "robustness: {noise: 0.05, missing: 0.05, swap: 0.05, rows: 200}",
                        "latency: {rows: 20, warmup: 5}",
                        "importance: {repeats: 2, rows: 200}",
                        "gates:",
                        "  - {gate: slice, metric: accuracy, min: 0.5}",
                        "  - {gate: fairness, metric: demographic_parity_difference, attribute: city, max: 0.9, bound: upper}",
                        "  - {gate: robustness, max: 0.5}",
                        "  - {gate: latency, metric: p99_ms, max: 10000}"));
        Path model = train(policy, "m.tribuo", "logistic_regression");
        Path out = dir.resolve("reports");
        CliRun r = CliRun.of("model", "test", "--policy", policy.toString(), "--data",
                ModelData.binary(dir, "test.csv", 300, 2).toString(), "--model", model.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("4 checks: 4 pass");
        JsonNode report = JSON.readTree(out.resolve("mlgate-report.json").toFile());
        List<String> kinds = new java.util.ArrayList<>();
        report.path("sections").forEach(s -> kinds.add(s.path("kind").asText()));
        assertThat(kinds).containsExactly("model", "model-slices", "model-fairness", "model-robustness", "model-latency",
                "model-importance");
        JsonNode importance = report.path("sections").get(5).path("data").path("features");
        // y depends on x1 most strongly (weight 2), then x2 (-1), then city
        assertThat(importance.get(0).path("column").asText()).isEqualTo("x1");
        assertThat(java.nio.file.Files.readString(out.resolve("mlgate-report.html"))).contains("chart importance");
    }
}
