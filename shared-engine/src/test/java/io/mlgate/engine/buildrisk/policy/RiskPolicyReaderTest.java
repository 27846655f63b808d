package io.mlgate.engine.buildrisk.policy;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.policy.PolicyFile;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskPolicyReaderTest {
    @TempDir
    Path dir;

    private RiskPolicy read(String... lines) {
        return RiskPolicyReader.read(PolicyFile.read(Files2.write(dir, "mlgate.yml", lines)));
    }

    private String error(String... lines) {
        return assertThatThrownBy(() -> read(lines)).isInstanceOf(BadInputException.class).actual().getMessage()
                .replace(dir.resolve("mlgate.yml").toString(), "mlgate.yml");
    }

    @Test
    void readsPathsAgainstThePolicyDirectoryAndRulesInOrder() {
        RiskPolicy p = read("version: 1", "buildrisk:", "  history: ci/history.csv", "  model: ci/model",
                "  actions:", "    - {min: 0.7, action: block}", "    - {min: 0.3, action: run_full_suite}");
        assertThat(p.history()).contains(dir.resolve("ci/history.csv"));
        assertThat(p.model()).contains(dir.resolve("ci/model"));
        assertThat(p.actions()).containsExactly(new ActionRule(0.7, RiskAction.BLOCK), new ActionRule(0.3, RiskAction.RUN_FULL_SUITE));
        assertThat(RiskPolicy.actionFor(0.8, p.actions())).isEqualTo(RiskAction.BLOCK);
        assertThat(RiskPolicy.actionFor(0.7, p.actions())).isEqualTo(RiskAction.BLOCK);
        assertThat(RiskPolicy.actionFor(0.5, p.actions())).isEqualTo(RiskAction.RUN_FULL_SUITE);
        assertThat(RiskPolicy.actionFor(0.1, p.actions())).isEqualTo(RiskAction.NONE);
    }

    @Test
    void withoutRulesTheModelsThresholdNotifies() {
        RiskPolicy p = read("version: 1", "data: {}");
        assertThat(p.rules(0.35)).containsExactly(new ActionRule(0.35, RiskAction.NOTIFY));
        assertThat(RiskAction.BLOCK.status()).isEqualTo(io.mlgate.engine.api.Status.FAIL);
        assertThat(RiskAction.NOTIFY.status()).isEqualTo(io.mlgate.engine.api.Status.WARN);
        assertThat(RiskAction.NONE.status()).isEqualTo(io.mlgate.engine.api.Status.PASS);
    }

    @Test
    void strictErrorsNameTheLineAndKey() {
        assertThat(error("version: 1", "buildrisk:", "  histroy: h.csv"))
                .isEqualTo("mlgate.yml:3:12: buildrisk.histroy: unknown key 'histroy'; allowed keys here: actions, history, model");
        assertThat(error("version: 1", "buildrisk:", "  actions:", "    - {min: 0.5, action: panic}"))
                .isEqualTo("mlgate.yml:4:26: buildrisk.actions[0].action: expected one of none, notify, request_review, "
                        + "run_full_suite, block; got 'panic'");
        assertThat(error("version: 1", "buildrisk:", "  actions:", "    - {min: 1.5, action: notify}"))
                .isEqualTo("mlgate.yml:4:13: buildrisk.actions[0].min: expected a fraction between 0 and 1, got 1.5");
        assertThat(error("version: 1", "buildrisk:", "  actions:", "    - {min: 0.2, action: notify}",
                "    - {min: 0.6, action: block}"))
                .isEqualTo("mlgate.yml:5:13: buildrisk.actions[1].min: rules must go from the highest min down; 0.6 is not "
                        + "below the previous rule's 0.2");
        assertThat(error("version: 1", "buildrisk:", "  actions: []")).contains("expected a non-empty list");
        assertThat(List.of(RiskAction.values())).hasSize(5);
    }
}
