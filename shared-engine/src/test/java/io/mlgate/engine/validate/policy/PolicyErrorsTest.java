package io.mlgate.engine.validate.policy;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.policy.Policy;
import io.mlgate.engine.policy.PolicyFile;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every policy mistake is one line naming file, line, key and what is allowed. */
class PolicyErrorsTest {
    @TempDir
    Path dir;

    private DataPolicy read(String... lines) {
        Path f = Files2.write(dir, "mlgate.yml", lines);
        Policy p = PolicyFile.read(f);
        return DataPolicyReader.read(p.data().orElseThrow(), p.baseDir(), Optional.empty(), Map.of());
    }

    private String error(String... lines) {
        try {
            read(lines);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage().replace(dir.toString() + "/", "");
        }
        throw new AssertionError("expected a BadInputException");
    }

    @Test
    void readsAWholePolicy() {
        DataPolicy p = read("version: 1", "data:", "  input: {path: d.csv, delimiter: ';', header: true}",
                "  environment: serving", "  examples: 2", "  history: {dir: h, tags: {pipeline: x}}",
                "  datasets:", "    ref: {path: r.parquet}",
                "  checks:", "    - {check: completeness, column: a, level: warn}",
                "    - {check: anomaly, metric: mean(a), method: z_score, max: 2.5}");
        assertThat(p.input().orElseThrow().source().location()).isEqualTo(dir.resolve("d.csv").toString());
        assertThat(p.input().get().source().csv().delimiter()).isEqualTo(';');
        assertThat(p.environment()).contains("serving");
        assertThat(p.examples()).isEqualTo(2);
        assertThat(p.history().orElseThrow().tags()).containsEntry("pipeline", "x");
        assertThat(p.datasets()).containsKey("ref");
        assertThat(p.checks()).extracting(c -> c.header().id()).containsExactly("completeness:a", "anomaly:mean(a)");
    }

    @Test
    void unknownTopLevelKey() {
        assertThat(error("version: 1", "dta: {}"))
                .isEqualTo("mlgate.yml:2:6: dta: unknown key 'dta'; allowed keys here: data, drift, version");
    }

    @Test
    void unsupportedVersion() {
        assertThat(error("version: 2", "data: {}"))
                .isEqualTo("mlgate.yml:1:10: version: unsupported policy version 2; this mlgate reads version 1");
    }

    @Test
    void unknownCheckKindListsTheKinds() {
        assertThat(error("version: 1", "data:", "  checks:", "    - {check: completenes, column: a}"))
                .isEqualTo("mlgate.yml:4:15: data.checks[0].check: expected one of row_count, completeness, unique, "
                        + "range, allowed_values, pattern, length, row_rule, sql_assert, foreign_key, anomaly; got 'completenes'");
    }

    @Test
    void keyThatDoesNotBelongToTheCheckKind() {
        assertThat(error("version: 1", "data:", "  checks:", "    - check: completeness", "      column: a", "      max: 1"))
                .isEqualTo("mlgate.yml:6:12: data.checks[0].max: unknown key 'max'; allowed keys here: check, column, level, min, name");
    }

    @Test
    void wrongTypesAndValues() {
        assertThat(error("version: 1", "data:", "  checks:", "    - {check: range, column: a, min: ten}"))
                .isEqualTo("mlgate.yml:4:38: data.checks[0].min: expected a number, got 'ten'");
        assertThat(error("version: 1", "data:", "  checks:", "    - {check: completeness, column: a, min: 1.5}"))
                .isEqualTo("mlgate.yml:4:45: data.checks[0].min: expected a fraction between 0 and 1, got 1.5");
        assertThat(error("version: 1", "data:", "  checks:", "    - {check: range, column: a, min: 5, max: 1}"))
                .isEqualTo("mlgate.yml:4:38: data.checks[0].min: min 5.0 is greater than max 1.0");
        assertThat(error("version: 1", "data:", "  checks:", "    - {check: range, column: a}"))
                .isEqualTo("mlgate.yml:4:7: data.checks[0]: give min, max or both");
        assertThat(error("version: 1", "data:", "  checks: {check: range}"))
                .isEqualTo("mlgate.yml:3:11: data.checks: expected a list, got a mapping");
        assertThat(error("version: 1", "data:", "  input: {path: d.csv, delimiter: '::'}"))
                .startsWith("mlgate.yml:3:35: data.input.delimiter: expected a single character delimiter");
        assertThat(error("version: 1", "data:", "  input: {path: d.csv, format: xlsx}"))
                .isEqualTo("mlgate.yml:3:32: data.input.format: expected one of auto, csv, parquet, jsonl; got 'xlsx'");
    }

    @Test
    void missingRequiredKeyAndDuplicateNames() {
        assertThat(error("version: 1", "data:", "  checks:", "    - {check: completeness}"))
                .isEqualTo("mlgate.yml:4:7: data.checks[0]: missing required key 'column'");
        assertThat(error("version: 1", "data:", "  checks:", "    - {check: completeness, column: a}",
                "    - {check: completeness, column: a, min: 0.5}"))
                .isEqualTo("mlgate.yml:5:7: data.checks[1]: two checks are named 'completeness:a'; give each a distinct 'name'");
    }

    @Test
    void anomalyNeedsHistoryAndAKnownMetric() {
        assertThat(error("version: 1", "data:", "  checks:", "    - {check: anomaly, metric: row_count, method: z_score}"))
                .isEqualTo("mlgate.yml:4:7: data.checks[0]: anomaly checks compare with history: set data.history.dir in the policy (or --history)");
        assertThat(error("version: 1", "data:", "  history: {dir: h}", "  checks:", "    - {check: anomaly, metric: p50(x), method: z_score}"))
                .startsWith("mlgate.yml:5:32: data.checks[0].metric: unknown metric 'p50(x)'");
        assertThat(error("version: 1", "data:", "  history: {dir: h}", "  checks:", "    - {check: anomaly, metric: row_count, method: zscore}"))
                .isEqualTo("mlgate.yml:5:51: data.checks[0].method: expected one of absolute_change, relative_change, z_score; got 'zscore'");
    }

    @Test
    void policyThatIsNotYamlOrNotThere() {
        assertThat(error("version: 1", "data: [")).startsWith("mlgate.yml:").contains("not valid YAML");
        assertThatThrownBy(() -> PolicyFile.read(dir.resolve("nope.yml"))).hasMessageEndingWith("nope.yml: file not found");
    }
}
