package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The test that calls a model out of date, against exact arithmetic and by hand. */
class ModelAgeTest {
    @Test
    void theBinomialPValueIsRsBinomTest() {
        // binom.test(3, 20, 0.5) in R: 0.002576828
        assertThat(ModelAge.twoSidedP(3, 20, 0.5)).isCloseTo(0.002576828, within(1e-9));
        assertThat(ModelAge.twoSidedP(10, 20, 0.5)).isCloseTo(1.0, within(1e-12));
        assertThat(ModelAge.twoSidedP(0, 5, 0)).isEqualTo(1.0);
        assertThat(ModelAge.twoSidedP(1, 5, 0)).isZero();
        assertThat(ModelAge.twoSidedP(5, 5, 1)).isEqualTo(1.0);
        for (int[] kn : new int[][]{{1, 30}, {7, 50}, {20, 60}, {0, 25}, {44, 400}}) {
            assertThat(ModelAge.twoSidedP(kn[0], kn[1], 0.15)).as("%d of %d", kn[0], kn[1])
                    .isCloseTo(exact(kn[0], kn[1], new BigDecimal("0.15")), within(1e-10));
        }
        // 2,000 builds: the log-space sums do not underflow
        assertThat(ModelAge.twoSidedP(300, 2000, 0.15)).isCloseTo(exact(300, 2000, new BigDecimal("0.15")), within(1e-10));
    }

    @Test
    void itComparesTheBuildsAfterTheLastTrainingBuildWithThoseUpToIt() {
        List<Build> h = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            h.add(build("t" + i, i % 5 == 0 ? BuildStatus.FAILED : BuildStatus.PASSED)); // 20% broken
        }
        h.add(build("c0", BuildStatus.CANCELED));
        for (int i = 0; i < 30; i++) {
            h.add(build("n" + i, i < 15 ? BuildStatus.ERRORED : BuildStatus.PASSED)); // 50% broken
        }
        ModelAge age = ModelAge.of(h, "t99").orElseThrow();
        assertThat(age).extracting(ModelAge::since, ModelAge::brokenSince, ModelAge::before, ModelAge::brokenBefore)
                .containsExactly(30, 15, 100, 20);
        assertThat(age.pValue()).isCloseTo(exact(15, 30, new BigDecimal("0.2")), within(1e-10)).isLessThan(0.01);
        assertThat(age.outOfDate()).isTrue();
        assertThat(age.words()).isEqualTo("the 30 builds after the last one it was trained on broke 50% of the time, "
                + "against 20% of the 100 up to it (binomial test: p below 0.001)");
        // trained later: 19 builds since are too few to judge
        ModelAge recent = ModelAge.of(h, "n10").orElseThrow();
        assertThat(recent.since()).isEqualTo(19);
        assertThat(recent.pValue()).isEqualTo(1.0);
        assertThat(recent.outOfDate()).isFalse();
        // the same share since training is no sign of age
        List<Build> steady = new ArrayList<>(h.subList(0, 100));
        for (int i = 0; i < 40; i++) {
            steady.add(build("s" + i, i % 5 == 0 ? BuildStatus.FAILED : BuildStatus.PASSED));
        }
        assertThat(ModelAge.of(steady, "t99").orElseThrow().outOfDate()).isFalse();
        assertThat(ModelAge.of(h, "not-in-this-history")).isEmpty();
    }

    private static Build build(String id, BuildStatus status) {
        return new Build(id, "abcdef0", "main", status, Optional.empty(), OptionalLong.empty(), OptionalInt.empty(),
                Optional.empty());
    }

    /** R's rule in exact arithmetic: the probabilities of the outcomes no more likely than k, summed. */
    private static double exact(int k, int n, BigDecimal p) {
        MathContext mc = new MathContext(60);
        BigDecimal q = BigDecimal.ONE.subtract(p);
        BigDecimal[] pmf = new BigDecimal[n + 1];
        for (int i = 0; i <= n; i++) {
            pmf[i] = new BigDecimal(binomial(n, i)).multiply(p.pow(i, mc), mc).multiply(q.pow(n - i, mc), mc);
        }
        BigDecimal limit = pmf[k].multiply(new BigDecimal("1.0000001"), mc);
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : pmf) {
            if (x.compareTo(limit) <= 0) {
                sum = sum.add(x, mc);
            }
        }
        return Math.min(1, sum.doubleValue());
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return r;
    }
}
