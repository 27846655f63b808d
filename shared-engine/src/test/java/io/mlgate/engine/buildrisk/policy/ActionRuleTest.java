package io.mlgate.engine.buildrisk.policy;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule reads in reports exactly as {@code String.format("%.2f")} would write its bound, halves included. */
class ActionRuleTest {
    @Test
    void theBoundReadsAsPercentTwoF() {
        Random random = new Random(11);
        for (int i = 0; i <= 20_000; i++) {
            double min = i < 10_001 ? i / 10_000.0 : random.nextDouble();
            ActionRule rule = new ActionRule(min, RiskAction.NOTIFY);
            assertThat(rule.describe()).as("min %s", min)
                    .isEqualTo(String.format(Locale.ROOT, ">= %.2f: %s", min, RiskAction.NOTIFY.id()));
        }
        assertThat(new ActionRule(0.125, RiskAction.NOTIFY).describe()).isEqualTo(">= 0.13: notify");
        assertThat(new ActionRule(1, RiskAction.NOTIFY).describe()).isEqualTo(">= 1.00: notify");
    }
}
