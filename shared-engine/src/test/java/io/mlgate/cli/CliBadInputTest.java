package io.mlgate.cli;

import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Every bad input: exit 2, one line naming the file (and line or key), and no report written. */
class CliBadInputTest {
    @TempDir
    Path dir;

    private Path schema() {
        return Files2.write(dir, "schema.yml", "version: 1", "columns:", "  - {name: a, type: integer}");
    }

    /** Runs validate on {@code data} and checks the contract for bad input; returns the error line. */
    private String rejects(Path data, String... extra) {
        Path out = dir.resolve("reports");
        String[] base = {"data", "validate", "--data", data.toString(), "--out", out.toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        if (extra.length == 0) {
            args = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--schema", schema().toString())).toArray(String[]::new);
        }
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        String errors = r.errors();
        assertThat(errors.lines()).as(r.err()).hasSize(1);
        assertThat(errors).startsWith("mlgate: error: ").doesNotContain("Exception", "\tat ");
        assertThat(out).as("no report after bad input").doesNotExist();
        assertThat(r.out()).isEmpty();
        return errors.strip();
    }

    @Test
    void missingFile() {
        assertThat(rejects(dir.resolve("nope.csv"))).contains("nope.csv");
    }

    @Test
    void globMatchingNothing() {
        assertThat(rejects(dir.resolve("*.parquet"))).contains("*.parquet");
    }

    @Test
    void unreadableFile() throws Exception {
        assumeFalse(isRoot(), "running as root: file permissions do not stop reads");
        Path f = Files2.write(dir, "secret.csv", "a", "1");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assertThat(rejects(f)).contains("secret.csv");
    }

    @Test
    void directoryWhereAFileIsExpected() throws Exception {
        Path d = Files.createDirectories(dir.resolve("folder.csv"));
        assertThat(rejects(d)).contains("folder.csv");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void emptyFile() throws Exception {
        Path f = dir.resolve("empty.csv");
        Files.createFile(f);
        assertThat(rejects(f)).contains("empty.csv").containsIgnoringCase("empty");
    }

    @Test
    void headerOnly() {
        assertThat(rejects(Files2.write(dir, "header.csv", "a,b,c"))).contains("header.csv").contains("no data rows");
    }

    @Test
    void raggedRows() {
        assertThat(rejects(Files2.write(dir, "ragged.csv", "a,b,c", "1,2,3", "4,5", "6,7,8")))
                .contains("ragged.csv").contains("line 3");
    }

    @Test
    void wrongDelimiter() {
        Path f = Files2.write(dir, "semi.csv", "a;b;c", "1;2;3", "4;5;6");
        assertThat(rejects(f, "--schema", schema().toString(), "--delimiter", ",")).contains("semi.csv").contains("';'");
    }

    @Test
    void invalidUtf8() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "name,city\nAnn,Malm\u00f6\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(rejects(f)).contains("latin1.csv").containsIgnoringCase("utf-8");
    }

    @Test
    void columnNamedInPolicyIsNotInTheData() {
        Path data = Files2.write(dir, "d.csv", "a,b", "1,2");
        Path policy = Files2.write(dir, "mlgate.yml", "version: 1", "data:", "  checks:",
                "    - {check: completeness, column: c}");
        assertThat(rejects(data, "--policy", policy.toString()))
                .isEqualTo("mlgate: error: " + policy + ":4:7: data.checks[0]: column 'c' is not in " + data
                        + "; its columns are: a, b");
    }

    @Test
    void schemaFileThatIsNotValid() {
        Path data = Files2.write(dir, "d.csv", "a,b", "1,2");
        Path bad = Files2.write(dir, "bad-schema.yml", "version: 1", "columns:", "  - {name: a, type: integer, nulable: true}");
        assertThat(rejects(data, "--schema", bad.toString())).contains("bad-schema.yml:3:").contains("unknown key 'nulable'");
        Path notYaml = Files2.write(dir, "notyaml.yml", "version: 1", "columns: [", "  {name: a");
        assertThat(rejects(data, "--schema", notYaml.toString())).contains("notyaml.yml:").contains("not valid YAML");
    }

    @Test
    void policyWithBadValueAndMissingPolicy() {
        Path data = Files2.write(dir, "d.csv", "a,b", "1,2");
        Path policy = Files2.write(dir, "mlgate.yml", "version: 1", "data:", "  checks:",
                "    - {check: completeness, column: a, level: fatal}");
        assertThat(rejects(data, "--policy", policy.toString()))
                .endsWith("mlgate.yml:4:47: data.checks[0].level: expected one of error, warn; got 'fatal'");
        assertThat(rejects(data, "--policy", dir.resolve("none.yml").toString())).endsWith("none.yml: file not found");
    }

    @Test
    void notParquet() throws Exception {
        Path f = dir.resolve("fake.parquet");
        Files.writeString(f, "this is not parquet\n");
        assertThat(rejects(f)).contains("fake.parquet");
    }

    @Test
    void jsonLinesThatAreNotJson() {
        Path f = Files2.write(dir, "rows.jsonl", "{\"a\": 1}", "{\"a\": 2", "{\"a\": 3}");
        assertThat(rejects(f)).contains("rows.jsonl");
    }
}
