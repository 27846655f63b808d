package io.mlgate.cli;

import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --engine}: duckdb is the default; spark is not in the CLI jar and says how to run it instead. */
class CliEngineTest {
    @TempDir
    Path dir;

    private CliRun validate(String... extra) {
        Path data = Files2.write(dir, "d.csv", "a", "1", "2");
        Path schema = Files2.write(dir, "schema.yml", "version: 1", "columns:", "  - {name: a, type: integer}");
        String[] base = {"data", "validate", "--data", data.toString(), "--schema", schema.toString(), "--out",
                dir.resolve("reports").toString(), "-q"};
        return CliRun.of(java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new));
    }

    @Test
    void duckdbIsTheDefaultAndCanBeNamed() {
        assertThat(validate().code()).isZero();
        assertThat(validate("--engine", "duckdb").code()).isZero();
    }

    @Test
    void sparkOnThePlainCliIsBadUsageThatNamesSparkSubmit() {
        CliRun r = validate("--engine", "spark");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errors().strip()).startsWith("mlgate: error: --engine spark is not in this jar")
                .contains("spark-submit --class io.mlgate.spark.SparkMain mlgate-spark.jar", "docs/spark.md");
        assertThat(dir.resolve("reports")).doesNotExist();
        assertThat(CliRun.of("data", "profile", "--data", dir.resolve("d.csv").toString(), "--engine", "spark",
                "--out", dir.resolve("reports").toString()).code()).isEqualTo(2);
    }

    @Test
    void sparkMasterWithoutSparkAndUnknownEnginesAreBadUsage() {
        CliRun r = validate("--spark-master", "local[2]");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errors()).contains("--spark-master applies only to --engine spark");
        CliRun bad = validate("--engine", "polars");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).containsIgnoringCase("duckdb").containsIgnoringCase("spark");
    }
}
