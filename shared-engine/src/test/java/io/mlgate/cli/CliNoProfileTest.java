package io.mlgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate --no-profile}: the checks alone, no statistics; refused when the history needs a profile. */
class CliNoProfileTest {
    @TempDir
    Path dir;

    private CliRun validate(String history, String... extra) {
        Path data = Files2.write(dir, "d.csv", "id,v", "1,0.5", "1,1.5");
        Path policy = Files2.write(dir, "mlgate.yml", "version: 1", "data:", history,
                "  checks:", "    - {check: unique, column: id}", "    - {check: completeness, column: v}");
        String[] base = {"data", "validate", "--data", data.toString(), "--policy", policy.toString(), "--out",
                dir.resolve("reports").toString()};
        return CliRun.of(java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new));
    }

    @Test
    void checksRunWithoutAProfile() throws Exception {
        CliRun r = validate("  examples: 2", "--no-profile");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("profiling");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("reports/mlgate-report.json").toFile());
        assertThat(json.path("checks")).hasSize(2);
        assertThat(json.path("checks").get(0).path("status").asText()).isEqualTo("FAIL");
        assertThat(json.path("profiles")).isEmpty();
    }

    /** The error line of {@code validate} on {@code data} with and without the profile: the same, exit 2. */
    private String sameErrorEitherWay(Path data) {
        Path policy = Files2.write(dir, "p.yml", "version: 1", "data:", "  checks:", "    - {check: completeness, column: a}");
        String[] lines = new String[2];
        for (int i = 0; i < 2; i++) {
            String[] args = {"data", "validate", "--data", data.toString(), "--policy", policy.toString(), "--out",
                    dir.resolve("r" + i).toString(), i == 0 ? "--quiet" : "--no-profile"};
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.errors().lines()).hasSize(1);
            assertThat(dir.resolve("r" + i)).doesNotExist();
            lines[i] = r.errors().strip();
        }
        assertThat(lines[1]).isEqualTo(lines[0]);
        return lines[1];
    }

    @Test
    void checksAloneStillRejectARaggedRowWithItsLine() {
        Path data = Files2.write(dir, "ragged.csv", "a,b", "1,2", "3,4,5", "6,7");
        assertThat(sameErrorEitherWay(data)).isEqualTo("mlgate: error: " + data + ": line 3: found 3 fields, expected 2 like the first line");
    }

    @Test
    void checksAloneStillReadColumnsNoCheckNames() {
        String[] lines = new String[30_002];
        lines[0] = "a,b";
        for (int i = 1; i <= 30_000; i++) {
            lines[i] = i + "," + i;
        }
        lines[30_001] = "30001,x";
        Path data = Files2.write(dir, "late.csv", lines);
        assertThat(sameErrorEitherWay(data)).startsWith("mlgate: error: " + data + ": line 30002: column 'b': cannot read 'x'");
    }

    @Test
    void schemaWithoutMetricsStillReadsTheRows() {
        Path data = Files2.write(dir, "ragged2.csv", "a,b", "1,2", "3,4,5");
        Path schema = Files2.write(dir, "s.yml", "version: 1", "columns:", "  - {name: a, type: integer}");
        CliRun r = CliRun.of("data", "validate", "--data", data.toString(), "--schema", schema.toString(), "--out",
                dir.resolve("r").toString(), "--no-profile");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.errors().strip()).isEqualTo("mlgate: error: " + data + ": line 3: found 3 fields, expected 2 like the first line");
    }

    @Test
    void historyThatWouldBeRecordedNeedsTheProfile() {
        CliRun r = validate("  history: {dir: h}", "--no-profile");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errors()).contains("--no-profile: the metrics history is recorded from the profile");
        assertThat(validate("  history: {dir: h, save: false}", "--no-profile").code()).isEqualTo(1);
    }
}
