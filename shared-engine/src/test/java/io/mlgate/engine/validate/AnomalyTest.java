package io.mlgate.engine.validate;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.validate.anomaly.AnomalyMethod;
import io.mlgate.engine.validate.anomaly.HistoryEntry;
import io.mlgate.engine.validate.anomaly.MetricName;
import io.mlgate.engine.validate.anomaly.MetricsHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AnomalyTest {
    @TempDir
    Path dir;

    private MetricsHistory history(Map<String, String> tags, double... rowCounts) {
        MetricsHistory h = new MetricsHistory(dir.resolve("history"), tags);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < rowCounts.length; i++) {
            h.append(new HistoryEntry(t.plusSeconds(3600L * i), tags, "d.csv", Map.of("row_count", rowCounts[i])));
        }
        return new MetricsHistory(dir.resolve("history"), tags);
    }

    @Test
    void firstRunWithoutHistoryIsNoDataNotPass() {
        CheckResult r = new ValidationFixture(dir).history(history(Map.of()))
                .one("  - {check: anomaly, metric: row_count, method: relative_change, max: 0.1}", "a", "1", "2");
        assertThat(r.status()).isEqualTo(Status.NO_DATA);
        assertThat(r.message()).contains("history has 0 earlier run(s), 1 needed");
    }

    @Test
    void relativeAndAbsoluteChangeAgainstThePreviousRun() {
        ValidationFixture fx = new ValidationFixture(dir).history(history(Map.of(), 100, 4));
        String[] data = {"a", "1", "2", "3", "4", "5"};
        CheckResult rel = fx.one("  - {check: anomaly, metric: row_count, method: relative_change, min: -0.1, max: 0.1}", data);
        assertThat(rel.status()).isEqualTo(Status.FAIL);
        assertThat((Double) rel.measured()).isEqualTo(0.25);
        CheckResult abs = fx.one("  - {check: anomaly, metric: row_count, method: absolute_change, max: 1}", data);
        assertThat(abs.status()).isEqualTo(Status.PASS);
        assertThat((Double) abs.measured()).isEqualTo(1.0);
    }

    @Test
    void zScoreAgainstTheWindowNeedsEnoughHistory() {
        ValidationFixture few = new ValidationFixture(dir).history(history(Map.of("t", "x"), 5, 5));
        assertThat(few.one("  - {check: anomaly, metric: row_count, method: z_score}", "a", "1").status())
                .isEqualTo(Status.NO_DATA);
        // other tags do not mix with these
        ValidationFixture fx = new ValidationFixture(dir).history(history(Map.of("t", "y"), 4, 5, 6, 5));
        CheckResult far = fx.one("  - {check: anomaly, metric: row_count, method: z_score, max: 3}",
                "a", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(far.status()).isEqualTo(Status.FAIL);
        assertThat((Double) far.measured()).isCloseTo((10 - 5) / Math.sqrt(2.0 / 3), within(1e-9));
        assertThat(fx.one("  - {check: anomaly, metric: row_count, method: z_score, max: 3}", "a", "1", "2", "3", "4", "5")
                .status()).isEqualTo(Status.PASS);
    }

    @Test
    void zScoreOnSmallVectors() {
        assertThat(AnomalyMethod.Z_SCORE.score(4, List.of(1.0, 2.0, 3.0))).isCloseTo(2.0, within(1e-12));
        assertThat(AnomalyMethod.Z_SCORE.score(2, List.of(2.0, 2.0))).isZero();
        assertThat(AnomalyMethod.Z_SCORE.score(3, List.of(2.0, 2.0))).isInfinite();
        assertThat(AnomalyMethod.RELATIVE_CHANGE.score(0, List.of(0.0))).isZero();
    }

    @Test
    void historyFilesRoundTripAndBadFilesAreNamed() throws Exception {
        MetricsHistory h = history(Map.of("env", "ci"), 3, 7);
        assertThat(h.series(MetricName.parse("row_count"), 10)).containsExactly(3.0, 7.0);
        assertThat(h.series(MetricName.parse("row_count"), 1)).containsExactly(7.0);
        Files.writeString(dir.resolve("history/zz.json"), "{\"format\": \"something-else\"}");
        assertThatThrownBy(() -> new MetricsHistory(dir.resolve("history"), Map.of()).entries())
                .hasMessageEndingWith("zz.json: not an mlgate metrics history file (expected \"format\": \"mlgate-metrics-history/1\")");
    }

    @Test
    void metricNamesAreParsedStrictly() {
        assertThat(MetricName.parse("mean(temp)").toString()).isEqualTo("mean(temp)");
        assertThatThrownBy(() -> MetricName.parse("median(temp)"))
                .hasMessageStartingWith("unknown metric 'median(temp)'; expected row_count or one of completeness(column)");
        assertThatThrownBy(() -> MetricName.parse("mean")).hasMessageContaining("mean needs a column");
    }
}
