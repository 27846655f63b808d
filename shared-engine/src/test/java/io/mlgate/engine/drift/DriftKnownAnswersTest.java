package io.mlgate.engine.drift;

import io.mlgate.engine.api.Status;
import io.mlgate.testing.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.mlgate.testing.SyntheticData.categorical;
import static io.mlgate.testing.SyntheticData.columns;
import static io.mlgate.testing.SyntheticData.normal;
import static io.mlgate.testing.SyntheticData.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Known distributions with known answers, end to end through {@link DriftRun}: samples of one distribution do not
 * drift (at the stated false-positive rate, over many seeds), shifted means, changed variances and changed category
 * shares do.
 */
class DriftKnownAnswersTest {
    private static final String[] KINDS = {"a", "b", "c"};

    @TempDir
    Path dir;

    /** Four columns of one distribution: normal, uniform, categorical, small integers (categorical by default). */
    private static Map<String, String> stable(long seed) {
        return columns("x", normal(seed, 1, 0, 1), "u", uniform(seed, 3) + " * 10",
                "k", categorical(seed, 4, KINDS, new double[] {0.5, 0.3, 0.2}),
                "n", "CAST(floor(" + uniform(seed, 5) + " * 10) AS INTEGER)");
    }

    @Test
    void sameDistributionDoesNotDriftAcrossSeeds() {
        int seeds = 20;
        int rawRejections = 0;
        int runsWithADriftedColumn = 0;
        for (int s = 1; s <= seeds; s++) {
            Path ref = SyntheticData.write(dir, "ref-" + s + ".parquet", 800, stable(100 + s));
            Path cur = SyntheticData.write(dir, "cur-" + s + ".parquet", 600, stable(200 + s));
            DriftRuns r = DriftRuns.run(ref, cur, null);
            assertThat(r.outcome().columns()).extracting(c -> c.plan().test())
                    .containsExactly(DriftTest.KS, DriftTest.KS, DriftTest.CHI_SQUARE, DriftTest.CHI_SQUARE);
            rawRejections += (int) r.outcome().columns().stream().filter(c -> c.pValue() < 0.05).count();
            runsWithADriftedColumn += r.outcome().columns().stream().anyMatch(ColumnResult::drifted) ? 1 : 0;
            assertThat(r.outcome().dataset().drift()).as("seed " + s).isFalse();
            assertThat(r.report().status()).isIn(Status.PASS, Status.WARN);
        }
        // 80 tests at α = 0.05 expect 4 false rejections; P(more than 10 | 5 %) < 0.5 %
        assertThat(rawRejections).isLessThanOrEqualTo(10);
        // under the global null Benjamini–Hochberg keeps the chance of any rejection per run at most α = 0.05:
        // 20 runs expect 1; P(more than 4 | 5 %) < 0.3 %
        assertThat(runsWithADriftedColumn).isLessThanOrEqualTo(4);
    }

    @Test
    void largeSamplesUseDistancesThatStaySmall() {
        Path policy = DriftRuns.policy(dir, "pvalue_max_n: 1000");
        for (int s = 1; s <= 3; s++) {
            Path ref = SyntheticData.write(dir, "ref-" + s + ".parquet", 30_000, stable(300 + s));
            Path cur = SyntheticData.write(dir, "cur-" + s + ".parquet", 20_000, stable(400 + s));
            DriftRuns r = DriftRuns.run(ref, cur, policy);
            assertThat(r.outcome().columns()).extracting(c -> c.plan().test()).containsExactly(DriftTest.WASSERSTEIN,
                    DriftTest.WASSERSTEIN, DriftTest.JENSEN_SHANNON, DriftTest.JENSEN_SHANNON);
            assertThat(r.outcome().columns()).allSatisfy(c -> assertThat(c.statistic()).isLessThan(0.03));
            assertThat(r.outcome().correction()).isEqualTo(Correction.NONE);
            assertThat(r.report().status()).isEqualTo(Status.PASS);
        }
    }

    @Test
    void shiftedMeanChangedVarianceAndChangedSharesDrift() {
        Path ref = SyntheticData.write(dir, "ref.parquet", 2000, columns("mean", normal(1, 1, 0, 1),
                "spread", normal(1, 3, 0, 1), "kind", categorical(1, 5, KINDS, new double[] {0.5, 0.3, 0.2}),
                "same", normal(1, 6, 5, 2)));
        Path cur = SyntheticData.write(dir, "cur.parquet", 1500, columns("mean", normal(2, 1, 0.5, 1),
                "spread", normal(2, 3, 0, 1.5), "kind", categorical(2, 5, KINDS, new double[] {0.3, 0.3, 0.4}),
                "same", normal(2, 6, 5, 2)));
        DriftRuns r = DriftRuns.run(ref, cur, null);
        assertThat(r.column("mean").drifted()).isTrue();
        assertThat(r.column("mean").statistic()).as("KS D of N(0,1) vs N(0.5,1) is 2Φ(0.25) − 1 ≈ 0.197")
                .isCloseTo(0.197, within(0.04));
        assertThat(r.column("spread").drifted()).isTrue();
        assertThat(r.column("kind").drifted()).isTrue();
        assertThat(r.column("kind").adjustedPValue()).isLessThan(1e-6);
        assertThat(r.column("same").drifted()).isFalse();
        assertThat(r.outcome().correction()).isEqualTo(Correction.BENJAMINI_HOCHBERG);
        assertThat(r.outcome().dataset().share()).isEqualTo(0.75);
        assertThat(r.check("drift:dataset").status()).isEqualTo(Status.FAIL);
        assertThat(r.check("drift:mean").status()).isEqualTo(Status.WARN);
        assertThat(r.check("drift:same").status()).isEqualTo(Status.PASS);
        assertThat(r.report().status()).isEqualTo(Status.FAIL);
    }

    @Test
    void distancesMeasureTheKnownShift() {
        Path policy = DriftRuns.policy(dir, "tests: {numeric: wasserstein, categorical: psi}",
                "columns: {spread: {test: psi, threshold: 0.1}, kind2: {test: hellinger}, kind3: {test: jensen_shannon}}");
        Path ref = SyntheticData.write(dir, "ref.parquet", 40_000, columns("mean", normal(1, 1, 0, 1),
                "spread", normal(1, 3, 0, 1), "kind", categorical(1, 5, KINDS, new double[] {0.5, 0.3, 0.2}),
                "kind2", categorical(1, 6, KINDS, new double[] {0.5, 0.3, 0.2}),
                "kind3", categorical(1, 7, KINDS, new double[] {0.5, 0.3, 0.2})));
        Path cur = SyntheticData.write(dir, "cur.parquet", 40_000, columns("mean", normal(2, 1, 0.5, 1),
                "spread", normal(2, 3, 0, 1.5), "kind", categorical(2, 5, KINDS, new double[] {0.3, 0.3, 0.4}),
                "kind2", categorical(2, 6, KINDS, new double[] {0.3, 0.3, 0.4}),
                "kind3", categorical(2, 7, KINDS, new double[] {0.3, 0.3, 0.4})));
        DriftRuns r = DriftRuns.run(ref, cur, policy);
        // W1 of a pure shift is the shift: 0.5 standard deviations
        assertThat(r.column("mean").statistic()).isCloseTo(0.5, within(0.03));
        // PSI on reference deciles, N(0,1) vs N(0,1.5): Σ (c − r) ln(c / r) over the deciles = 0.1935 (scipy.stats.norm)
        assertThat(r.column("spread").statistic()).isCloseTo(0.1935, within(0.03));
        assertThat(r.column("spread").drifted()).isTrue();
        // shares (.5,.3,.2) -> (.3,.3,.4): PSI = 0.2·ln(5/3) + 0.2·ln 2 = 0.2408; Hellinger = 0.1728;
        // JS (scipy jensenshannon, base 2) = 0.2067
        assertThat(r.column("kind").statistic()).isCloseTo(0.2408, within(0.02));
        assertThat(r.column("kind2").statistic()).isCloseTo(0.1728, within(0.01));
        assertThat(r.column("kind3").statistic()).isCloseTo(0.2067, within(0.01));
        assertThat(r.outcome().columns()).allSatisfy(c -> assertThat(c.drifted()).isTrue());
    }
}
