package io.mlgate.cli;

import io.mlgate.testing.Files2;
import io.mlgate.testing.ModelData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to model commands: exit 2, one line naming the problem, no report written. */
class CliModelBadInputTest {
    @TempDir
    Path dir;
    private Path policy;
    private Path model;

    @BeforeEach
    void trainOnce() {
        policy = ModelData.policy(dir, "classification", "y", List.of("trainer: cart", "params: {max_depth: 3}"),
                List.of("gates:", "  - {metric: accuracy, min: 0.5}"));
        model = dir.resolve("m.tribuo");
        CliRun r = CliRun.of("model", "train", "--policy", policy.toString(), "--data",
                ModelData.binary(dir, "train.csv", 120, 1).toString(), "-o", model.toString(), "--out",
                dir.resolve("train-reports").toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private String rejects(String... args) {
        Path out = dir.resolve("reports");
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--out", out.toString())).toArray(String[]::new);
        CliRun r = CliRun.of(all);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.errors().lines()).as(r.err()).hasSize(1);
        assertThat(r.errors()).startsWith("mlgate: error: ").doesNotContain("Exception", "\tat ");
        assertThat(out).as("no report after bad input").doesNotExist();
        return r.errors().strip();
    }

    private String test(Path data, String... extra) {
        String[] base = {"model", "test", "--policy", policy.toString(), "--data", data.toString()};
        return rejects(java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new));
    }

    @Test
    void testDataLacksAFeatureTheModelWasTrainedOn() {
        Path data = Files2.write(dir, "no-x2.csv", "x1,city,y", "0.5,oslo,yes", "-1,lima,no");
        assertThat(test(data, "--model", model.toString())).contains("no-x2.csv", "lacks 1 of the", "x2");
    }

    @Test
    void featureOfTheWrongType() {
        Path data = Files2.write(dir, "text-x1.csv", "x1,x2,city,y", "high,0.1,oslo,yes", "low,0.2,lima,no");
        assertThat(test(data, "--model", model.toString())).contains("column 'x1'", "VARCHAR", "expected numbers");
    }

    @Test
    void labelColumnMissing() {
        Path data = Files2.write(dir, "no-label.csv", "x1,x2,city", "0.5,0.1,oslo", "-1,0.2,lima");
        assertThat(test(data, "--model", model.toString())).contains("no-label.csv", "has no column 'y'", "label");
    }

    @Test
    void emptyTestSet() {
        Path data = Files2.write(dir, "empty.csv", "x1,x2,city,y");
        assertThat(test(data, "--model", model.toString())).contains("empty.csv", "no data rows");
    }

    @Test
    void nonNumericScoresInAPredictionsFile() {
        Path p = ModelData.policy(dir.resolve("p"), "classification", "y", List.of(),
                List.of("predictions: {score: p_yes}"));
        Path data = Files2.write(dir, "preds.csv", "y,p_yes", "yes,0.9", "no,low");
        policy = p;
        assertThat(test(data)).contains("preds.csv", "p_yes", "expected numbers");
    }

    @Test
    void missingScoreInAPredictionsFile() {
        policy = ModelData.policy(dir.resolve("p"), "classification", "y", List.of(), List.of("predictions: {score: p}"));
        Path data = Files2.write(dir, "preds.csv", "y,p", "yes,0.9", "no,");
        assertThat(test(data)).contains("column 'p' is empty", "row 2");
    }

    @Test
    void modelFileThatIsNotAModel() {
        Path bogus = Files2.write(dir, "bogus.tribuo", "not a model");
        assertThat(test(ModelData.binary(dir, "t.csv", 10, 3), "--model", bogus.toString()))
                .contains("bogus.tribuo", "not a Tribuo model file");
    }

    @Test
    void regressionModelUnderAClassificationPolicy() {
        Path rp = ModelData.policy(dir.resolve("r"), "regression", "target", List.of("trainer: cart"), List.of());
        Path reg = dir.resolve("r.tribuo");
        assertThat(CliRun.of("model", "train", "--policy", rp.toString(), "--data",
                ModelData.regression(dir, "rt.csv", 60, 1).toString(), "-o", reg.toString(), "--out",
                dir.resolve("rr").toString()).code()).isZero();
        assertThat(test(ModelData.binary(dir, "t.csv", 10, 3), "--model", reg.toString()))
                .contains("is a regression model", "model.task", "classification");
    }

    @Test
    void policyErrorsNameFileLineAndAllowedValues() {
        policy = ModelData.policy(dir.resolve("bad"), "classification", "y",
                List.of("trainer: random_forest", "params: {trees: 10, depth: 3}"), List.of());
        String e = rejects("model", "train", "--policy", policy.toString(), "--data",
                ModelData.binary(dir, "x.csv", 20, 1).toString(), "-o", dir.resolve("x.tribuo").toString());
        assertThat(e).contains("mlgate.yml:7:", "unknown key 'depth'", "max_depth", "trees");

        policy = ModelData.policy(dir.resolve("bad2"), "classification", "y", List.of(),
                List.of("gates:", "  - {metric: rmse, max: 1}"));
        assertThat(test(ModelData.binary(dir, "t.csv", 10, 3), "--model", model.toString()))
                .contains("mlgate.yml:7:", "rmse is a regression metric", "accuracy");

        policy = ModelData.policy(dir.resolve("bad3"), "classification", "y", List.of(),
                List.of("gates:", "  - {metric: f1, min: 0.5}"));
        assertThat(test(ModelData.binary(dir, "t.csv", 10, 3), "--model", model.toString()))
                .contains("f1 is measured per class", "class:");
    }

    @Test
    void onnxExportOfATreeIsRefusedBeforeTraining() {
        String e = rejects("model", "train", "--policy", policy.toString(), "--data",
                ModelData.binary(dir, "x.csv", 20, 1).toString(), "-o", dir.resolve("x.tribuo").toString(), "--onnx",
                dir.resolve("x.onnx").toString());
        assertThat(e).contains("--onnx", "linear models", "cart");
        assertThat(dir.resolve("x.tribuo")).doesNotExist();
    }
}
