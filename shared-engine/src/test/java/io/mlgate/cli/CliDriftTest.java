package io.mlgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.testing.Files2;
import io.mlgate.testing.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.mlgate.testing.SyntheticData.categorical;
import static io.mlgate.testing.SyntheticData.columns;
import static io.mlgate.testing.SyntheticData.normal;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mlgate data drift} end to end through {@link Main#run}: exit codes, output, reports, saved references. */
class CliDriftTest {
    private static final String[] KINDS = {"sun", "rain", "fog"};

    @TempDir
    Path dir;

    private Path data(String name, long seed, double shift) {
        Map<String, String> cols = columns("temp", normal(seed, 1, 10 + shift * 5, 5), "wind", normal(seed, 3, 3 + shift, 1),
                "weather", categorical(seed, 5, KINDS, shift == 0 ? new double[] {0.5, 0.4, 0.1} : new double[] {0.2, 0.4, 0.4}));
        return SyntheticData.write(dir, name, 400, cols);
    }

    private CliRun drift(Path reference, Path current, String... extra) {
        String[] base = {"data", "drift", "--reference", reference.toString(), "--current", current.toString(),
                "--out", dir.resolve("reports").toString()};
        return CliRun.of(java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new));
    }

    @Test
    void noDriftExits0() throws Exception {
        CliRun r = drift(data("ref.csv", 1, 0), data("cur.csv", 2, 0), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("command").asText()).isEqualTo("data drift");
        assertThat(json.path("checks")).extracting(c -> c.path("id").asText())
                .containsExactly("drift:temp", "drift:wind", "drift:weather", "drift:dataset");
        JsonNode section = json.path("sections").get(0);
        assertThat(section.path("kind").asText()).isEqualTo("drift");
        assertThat(section.path("data").path("correction").asText()).isEqualTo("benjamini_hochberg");
        assertThat(section.path("data").path("columns").get(0).path("test").asText()).isEqualTo("ks");
        assertThat(r.err()).contains("mlgate: measuring the reference").contains("no dataset drift");
        assertThat(dir.resolve("reports/mlgate-report.html")).isNotEmptyFile();
    }

    @Test
    void datasetDriftExits1AndNamesTheColumns() {
        CliRun r = drift(data("ref.csv", 1, 0), data("cur.csv", 2, 1));
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAIL  Data drift: ").contains("4 checks: 0 pass, 3 warn, 1 fail")
                .contains("drift:dataset: dataset drift: 3 of 3 feature columns drifted")
                .contains("drift:temp: drift: Kolmogorov-Smirnov p-value");
        // the key figures a CI step exports
        com.fasterxml.jackson.databind.JsonNode figures = readReport().path("sections").get(0).path("data").path("figures");
        assertThat(figures.path("driftShare").asDouble()).isEqualTo(1.0);
        assertThat(figures.path("driftedFeatures").asInt()).isEqualTo(3);
    }

    private com.fasterxml.jackson.databind.JsonNode readReport() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    java.nio.file.Files.readString(dir.resolve("reports/mlgate-report.json")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void columnLevelErrorFailsTheGateAlone() {
        Path ref = data("ref.csv", 1, 0);
        Path cur = SyntheticData.write(dir, "cur.csv", 400, columns("temp", normal(2, 1, 14, 5), "wind", normal(2, 3, 3, 1),
                "weather", categorical(2, 5, KINDS, new double[] {0.5, 0.4, 0.1})));
        Path policy = Files2.write(dir, "mlgate.yml", "version: 1", "drift:", "  columns:", "    temp: {level: error}");
        CliRun r = drift(ref, cur, "--policy", policy.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL    drift:temp").contains("1 fail");
    }

    @Test
    void savedReferenceGivesTheSameAnswer() throws Exception {
        Path ref = data("ref.csv", 1, 0);
        Path cur = data("cur.csv", 2, 1);
        Path saved = dir.resolve("ref-profile.json");
        CliRun save = CliRun.of("data", "profile", "--data", ref.toString(), "--save-profile", saved.toString(), "--out",
                dir.resolve("profile").toString(), "-q");
        assertThat(save.code()).as(save.err()).isZero();
        assertThat(saved).isNotEmptyFile();
        CliRun raw = drift(ref, cur, "--format", "json");
        CliRun fromSaved = drift(saved, cur, "--format", "json");
        assertThat(fromSaved.code()).isEqualTo(raw.code()).isEqualTo(1);
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(raw.out()).path("checks");
        JsonNode b = m.readTree(fromSaved.out()).path("checks");
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).path("measured").asDouble()).isEqualTo(a.get(i).path("measured").asDouble());
        }
        assertThat(fromSaved.err()).contains("reference: saved statistics of 400 rows");
    }

    /** Bad input: exit 2, one error line, nothing on stdout, no report. */
    private String rejects(CliRun r) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.errors().lines()).as(r.err()).hasSize(1);
        assertThat(r.errors()).startsWith("mlgate: error: ").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("reports")).as("no report after bad input").doesNotExist();
        return r.errors().strip();
    }

    @Test
    void missingReferenceFile() {
        assertThat(rejects(drift(dir.resolve("nope.csv"), data("cur.csv", 2, 0)))).contains("nope.csv");
    }

    @Test
    void differentColumnSets() {
        Path ref = Files2.write(dir, "ref.csv", "a,b", "1,2");
        Path cur = Files2.write(dir, "cur.csv", "a,c", "1,2");
        assertThat(rejects(drift(ref, cur))).contains("only in the reference (" + ref + "): b")
                .contains("only in the current data (" + cur + "): c");
    }

    @Test
    void badPolicyKey() {
        Path policy = Files2.write(dir, "mlgate.yml", "version: 1", "drift:", "  treshold: 0.1");
        assertThat(rejects(drift(data("ref.csv", 1, 0), data("cur.csv", 2, 0), "--policy", policy.toString())))
                .contains(policy + ":3:").contains("unknown key 'treshold'");
    }

    @Test
    void missingOptionIsUsage() {
        CliRun r = CliRun.of("data", "drift", "--reference", "x.csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--current=PATH'");
    }
}
