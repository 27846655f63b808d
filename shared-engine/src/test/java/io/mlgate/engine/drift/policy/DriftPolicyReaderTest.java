package io.mlgate.engine.drift.policy;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Level;
import io.mlgate.engine.drift.ColumnKind;
import io.mlgate.engine.drift.Correction;
import io.mlgate.engine.drift.DriftTest;
import io.mlgate.engine.policy.PolicyFile;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The drift section read strictly: every key, its defaults, and one-line errors with file, line, key and allowed values. */
class DriftPolicyReaderTest {
    @TempDir
    Path dir;

    private DriftPolicy read(String... driftLines) {
        String[] lines = new String[driftLines.length + 2];
        lines[0] = "version: 1";
        lines[1] = "drift:";
        for (int i = 0; i < driftLines.length; i++) {
            lines[i + 2] = "  " + driftLines[i];
        }
        Path f = Files2.write(dir, "mlgate.yml", lines);
        return DriftPolicyReader.read(PolicyFile.read(f).drift().orElseThrow());
    }

    private String error(String... driftLines) {
        try {
            read(driftLines);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(dir.resolve("mlgate.yml") + ":");
            return e.getMessage().substring(dir.resolve("mlgate.yml").toString().length());
        }
        throw new AssertionError("expected an error");
    }

    @Test
    void everyKey() {
        DriftPolicy p = read("share: 0.3", "level: warn", "column_level: error", "correction: none", "pvalue_max_n: 10000",
                "categorical_max_distinct: 5", "max_categories: 50", "bins: 20",
                "tests: {numeric: psi, categorical: auto}", "thresholds: {psi: 0.25, ks: 0.01}", "label: y",
                "prediction: y_hat", "exclude: [id, ts]",
                "columns:", "  temp_max: {test: psi, threshold: 0.1, level: warn}", "  code: {kind: categorical}");
        assertThat(p.share()).isEqualTo(0.3);
        assertThat(p.level()).isEqualTo(Level.WARN);
        assertThat(p.columnLevel()).isEqualTo(Level.ERROR);
        assertThat(p.correction()).isEqualTo(Correction.NONE);
        assertThat(p.pValueMaxN()).isEqualTo(10000);
        assertThat(p.categoricalMaxDistinct()).isEqualTo(5);
        assertThat(p.maxCategories()).isEqualTo(50);
        assertThat(p.bins()).isEqualTo(20);
        assertThat(p.numericTest()).contains(DriftTest.PSI);
        assertThat(p.categoricalTest()).isEmpty();
        assertThat(p.threshold(DriftTest.PSI)).isEqualTo(0.25);
        assertThat(p.threshold(DriftTest.KS)).isEqualTo(0.01);
        assertThat(p.threshold(DriftTest.WASSERSTEIN)).isEqualTo(0.1);
        assertThat(p.label().orElseThrow().name()).isEqualTo("y");
        assertThat(p.prediction().orElseThrow().name()).isEqualTo("y_hat");
        assertThat(p.exclude()).extracting(NamedColumn::name).containsExactly("id", "ts");
        assertThat(p.column("temp_max").threshold()).contains(0.1);
        assertThat(p.column("temp_max").level()).contains(Level.WARN);
        assertThat(p.column("code").kind()).contains(ColumnKind.CATEGORICAL);
        assertThat(p.column("other").test()).isEmpty();
    }

    @Test
    void defaults() {
        DriftPolicy d = DriftPolicy.defaults();
        assertThat(d.share()).isEqualTo(0.5);
        assertThat(d.level()).isEqualTo(Level.ERROR);
        assertThat(d.columnLevel()).isEqualTo(Level.WARN);
        assertThat(d.correction()).isEqualTo(Correction.BENJAMINI_HOCHBERG);
        assertThat(d.pValueMaxN()).isEqualTo(2500);
        assertThat(d.threshold(DriftTest.KS)).isEqualTo(0.05);
        assertThat(d.threshold(DriftTest.CHI_SQUARE)).isEqualTo(0.05);
        assertThat(d.threshold(DriftTest.PSI)).isEqualTo(0.2);
        assertThat(d.threshold(DriftTest.JENSEN_SHANNON)).isEqualTo(0.1);
        assertThat(d.threshold(DriftTest.HELLINGER)).isEqualTo(0.1);
        assertThat(d.threshold(DriftTest.WASSERSTEIN)).isEqualTo(0.1);
    }

    @Test
    void unknownKeysListTheAllowedOnes() {
        assertThat(error("shares: 0.3")).isEqualTo(":3:11: drift.shares: unknown key 'shares'; allowed keys here: bins, "
                + "categorical_max_distinct, column_level, columns, correction, exclude, label, level, max_categories, "
                + "prediction, pvalue_max_n, share, tests, thresholds");
        assertThat(error("columns:", "  a: {test: psi, treshold: 0.1}")).contains(":4:").contains("drift.columns.a.treshold")
                .contains("allowed keys here: kind, level, test, threshold");
        assertThat(error("thresholds: {kolmogorov: 0.1}")).contains("unknown key 'kolmogorov'")
                .contains("chi_square, hellinger, jensen_shannon, ks, psi, wasserstein");
    }

    @Test
    void badValuesListTheAllowedOnes() {
        assertThat(error("columns:", "  a: {test: kolmogorov}")).contains("drift.columns.a.test")
                .contains("expected one of ks, chi_square, psi, jensen_shannon, wasserstein, hellinger; got 'kolmogorov'");
        assertThat(error("correction: bonferroni")).contains("expected one of benjamini_hochberg, none; got 'bonferroni'");
        assertThat(error("level: fatal")).contains("expected one of error, warn");
        assertThat(error("tests: {categorical: ks}")).contains("drift.tests.categorical")
                .contains("ks does not apply to categorical columns; allowed: auto, chi_square, psi, jensen_shannon, hellinger");
        assertThat(error("tests: {numeric: fastest}")).contains("expected one of auto, ks, chi_square, psi, jensen_shannon, "
                + "wasserstein, hellinger; got 'fastest'");
        assertThat(error("columns:", "  a: {kind: categorical, test: wasserstein}"))
                .contains("wasserstein does not apply to categorical columns");
        assertThat(error("columns:", "  a: {kind: text}")).contains("expected one of numeric, categorical");
    }

    @Test
    void thresholdsAreCheckedAgainstTheirTest() {
        assertThat(error("columns:", "  a: {threshold: 0.1}")).contains("drift.columns.a.threshold")
                .contains("a threshold needs its test");
        assertThat(error("columns:", "  a: {test: ks, threshold: 1.5}"))
                .contains("a p-value threshold must lie strictly between 0 and 1, got 1.5");
        assertThat(error("thresholds: {hellinger: 2}")).contains("a hellinger threshold must lie in (0, 1], got 2");
        assertThat(error("thresholds: {psi: 0}")).contains("a psi threshold must be > 0, got 0");
        assertThat(error("thresholds: {psi: high}")).contains("expected a number, got 'high'");
    }

    @Test
    void impossibleCombinations() {
        assertThat(error("share: 0")).contains("(0, 1]");
        assertThat(error("share: 2")).contains("expected a fraction between 0 and 1");
        assertThat(error("bins: 1")).contains("expected a whole number from 2 to 100, got 1");
        assertThat(error("exclude: [a, a]")).contains("column 'a' is listed twice");
        assertThat(error("exclude: [y]", "label: y")).contains("drift.label").contains("also in drift.exclude");
        assertThat(error("label: y", "prediction: y")).contains("the prediction column must differ from the label column");
        assertThat(error("exclude: [a]", "columns: {a: {test: psi}}")).contains("also in drift.exclude");
        assertThat(error("pvalue_max_n: 0")).contains("expected a whole number >= 1");
    }
}
