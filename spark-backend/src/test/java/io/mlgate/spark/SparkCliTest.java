package io.mlgate.spark;

import io.mlgate.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line with {@code --engine spark}: exit codes and one-line errors as on DuckDB. */
class SparkCliTest {
    @TempDir
    static Path dir;
    static TripsSuite suite;

    @BeforeAll
    static void data() {
        suite = new TripsSuite(dir);
        TestSpark.session();
    }

    record Run(int code, String out, String err) {
        /** The error lines, without progress lines and Spark's log. */
        String errors() {
            return err.lines().filter(l -> l.startsWith("mlgate: error")).reduce("", (a, b) -> a + b + "\n").strip();
        }
    }

    static Run mlgate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[]{"--engine", "spark", "--spark-master", TestSpark.MASTER}, 0, all, args.length, 4);
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void failedGateExits1WithTheSameSummaryAsDuckDb() {
        Path out = dir.resolve("reports");
        Run spark = mlgate("data", "validate", "--policy", suite.policy.toString(), "--data", suite.parquet.toString(),
                "--out", out.toString(), "--no-profile");
        assertThat(spark.code()).as(spark.err()).isEqualTo(1);
        assertThat(out.resolve("mlgate-report.json")).isNotEmptyFile();
        assertThat(out.resolve("mlgate-junit.xml")).isNotEmptyFile();
        ByteArrayOutputStream duck = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(duck, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                "data", "validate", "--policy", suite.policy.toString(), "--data", suite.parquet.toString(),
                "--out", dir.resolve("duck").toString(), "--no-profile");
        assertThat(code).isEqualTo(1);
        // the printed summary differs only in the report paths and the physical types in type-check messages
        assertThat(spark.out().lines().filter(l -> !l.startsWith("reports:")).toList())
                .isEqualTo(duck.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("reports:")).toList());
    }

    @Test
    void missingFileIsBadInput() {
        Run r = mlgate("data", "profile", "--data", dir.resolve("nope.parquet").toString(), "--out", dir.resolve("r1").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errors()).isEqualTo("mlgate: error: " + dir.resolve("nope.parquet") + ": no such file or directory");
        assertThat(dir.resolve("r1")).doesNotExist();
    }

    @Test
    void jsonLinesAreNotReadBySpark() throws Exception {
        Path json = Files.writeString(dir.resolve("d.jsonl"), "{\"a\": 1}\n");
        Run r = mlgate("data", "profile", "--data", json.toString(), "--out", dir.resolve("r2").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errors()).contains("the spark engine reads csv and parquet, not jsonl");
    }

    @Test
    void rowThatDoesNotFitTheInferredTypesIsBadInput() throws Exception {
        Path csv = Files.writeString(dir.resolve("ragged.csv"), "a,b\n1,2\n3,4,5\n");
        Run r = mlgate("data", "profile", "--data", csv.toString(), "--out", dir.resolve("r3").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.errors().lines()).hasSize(1);
        assertThat(r.errors()).startsWith("mlgate: error: " + csv).doesNotContain("\tat ");
    }

    @Test
    void sqlSparkRejectsNamesTheCheckAndItsLine() throws Exception {
        Path policy = Files.writeString(dir.resolve("bad.yml"), "version: 1\ndata:\n  checks:\n"
                + "    - {check: row_count, min: 1}\n    - {check: sql_assert, sql: 'avg(nope)', min: 0}\n");
        Run r = mlgate("data", "validate", "--policy", policy.toString(), "--data", suite.csv.toString(),
                "--out", dir.resolve("r4").toString(), "--no-profile");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errors()).startsWith("mlgate: error: " + policy + ":5:7: data.checks[1]: check 'sql_assert:dataset' has "
                + "SQL the engine rejects: ");
    }
}
