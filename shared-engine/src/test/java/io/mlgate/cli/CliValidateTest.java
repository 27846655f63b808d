package io.mlgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Profile, infer-schema and validate end to end through {@link Main#run}. */
class CliValidateTest {
    @TempDir
    Path dir;

    private Path good() {
        return Files2.write(dir, "good.csv", "id,temp,kind", "1,10.5,sun", "2,12.0,rain", "3,9.5,sun", "4,11.0,rain");
    }

    private Path policy(String... checks) {
        StringBuilder b = new StringBuilder("version: 1\ndata:\n  history: {dir: history}\n  checks:\n");
        for (String c : checks) {
            b.append("    - ").append(c).append('\n');
        }
        return Files2.write(dir, "mlgate.yml", b.toString());
    }

    @Test
    void passingGateExits0AndWritesAllFourReports() throws Exception {
        Path out = dir.resolve("reports");
        CliRun r = CliRun.of("data", "validate", "--data", good().toString(), "--out", out.toString(), "--policy",
                policy("{check: completeness, column: temp}", "{check: unique, column: id}",
                        "{check: anomaly, metric: mean(temp), method: z_score}").toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the anomaly check has no history yet: the gate cannot say PASS for everything, but it does not fail
        assertThat(r.out()).startsWith("NO_DATA  Data validation: ").contains("reports: " + out.resolve("mlgate-report.html"));
        assertThat(r.err()).contains("mlgate: profiling").contains("metrics history: appended");
        for (String f : new String[]{"mlgate-report.json", "mlgate-junit.xml", "mlgate-summary.md", "mlgate-report.html"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("mlgate-report.json").toFile());
        assertThat(json.path("status").asText()).isEqualTo("NO_DATA");
        assertThat(json.path("checks")).hasSize(3);
        assertThat(json.path("checks").get(2).path("status").asText()).isEqualTo("NO_DATA");
        JsonNode origin = json.path("checks").get(1).path("origin");
        assertThat(origin.path("file").asText()).endsWith("mlgate.yml");
        assertThat(origin.path("line").asInt()).isEqualTo(6);
        assertThat(origin.path("column").asInt()).isEqualTo(7);
        assertThat(Files.list(dir.resolve("history")).count()).isEqualTo(1);
    }

    @Test
    void failingGateExits1AndNamesTheCheck() {
        Path bad = Files2.write(dir, "bad.csv", "id,temp,kind", "1,10.5,sun", "1,,hail");
        CliRun r = CliRun.of("data", "validate", "--data", bad.toString(), "--out", dir.resolve("r").toString(), "--policy",
                policy("{check: completeness, column: temp}", "{check: unique, column: id}",
                        "{check: allowed_values, column: kind, values: [sun, rain], level: warn}").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAIL").contains("3 checks: 0 pass, 1 warn, 2 fail")
                .contains("completeness:temp: 1 of 2 rows (50.00%) are not non-null");
    }

    @Test
    void warningsAloneExit0() {
        CliRun r = CliRun.of("data", "validate", "--data", good().toString(), "--out", dir.resolve("r").toString(),
                "--policy", policy("{check: row_count, min: 100, level: warn}").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("WARN");
    }

    @Test
    void jsonAndMarkdownOnStdout() throws Exception {
        CliRun j = CliRun.of("data", "profile", "--data", good().toString(), "--out", dir.resolve("r").toString(),
                "--format", "json", "--quiet");
        assertThat(j.code()).isZero();
        assertThat(j.err()).isEmpty();
        assertThat(new ObjectMapper().readTree(j.out()).path("kind").asText()).isEqualTo("mlgate-report");
        CliRun m = CliRun.of("data", "profile", "--data", good().toString(), "--out", dir.resolve("r").toString(),
                "--format", "markdown");
        assertThat(m.out()).startsWith("#");
    }

    @Test
    void inferredSchemaValidatesItsOwnDataAndCatchesBrokenData() throws Exception {
        Path schema = dir.resolve("schema.yml");
        CliRun infer = CliRun.of("data", "infer-schema", "--data", good().toString(), "-o", schema.toString(),
                "--out", dir.resolve("r").toString());
        assertThat(infer.code()).as(infer.err()).isZero();
        assertThat(Files.readString(schema)).contains("name: \"kind\"", "values: [\"rain\", \"sun\"]", "unique: true");
        CliRun ok = CliRun.of("data", "validate", "--data", good().toString(), "--schema", schema.toString(),
                "--out", dir.resolve("r").toString());
        assertThat(ok.code()).as(ok.out()).isZero();
        Path broken = Files2.write(dir, "broken.csv", "id,temp,kind", "1,10.5,sun", "1,99.0,snow");
        CliRun fail = CliRun.of("data", "validate", "--data", broken.toString(), "--schema", schema.toString(),
                "--out", dir.resolve("r").toString());
        assertThat(fail.code()).isEqualTo(1);
        assertThat(fail.out()).contains("schema:unique:id", "schema:range:temp", "schema:allowed_values:kind");
    }

    @Test
    void historyMakesTheSecondRunJudgeable() {
        Path p = policy("{check: anomaly, metric: row_count, method: relative_change, max: 0.1}");
        String[] args = {"data", "validate", "--data", good().toString(), "--out", dir.resolve("r").toString(),
                "--policy", p.toString()};
        assertThat(CliRun.of(args).out()).contains("NO_DATA");
        CliRun second = CliRun.of(args);
        assertThat(second.code()).isZero();
        assertThat(second.out()).startsWith("PASS");
        Path grown = Files2.write(dir, "grown.csv", "id,temp,kind", "1,1,sun", "2,2,sun", "3,3,sun", "4,4,sun", "5,5,sun", "6,6,sun");
        args[3] = grown.toString();
        CliRun third = CliRun.of(args);
        assertThat(third.code()).isEqualTo(1);
        assertThat(third.out()).contains("row_count = 6; changed by 50.00% from 4");
    }
}
