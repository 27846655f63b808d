package io.mlgate.engine.buildrisk.explain;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.ChangeStats;
import io.mlgate.engine.buildrisk.features.FailureOverlap;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.features.FileKind;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildEvent;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FactorWordsTest {
    private static BuildFeatures build() {
        double[] raw = new double[Feature.values().length];
        raw[Feature.TOUCHES_BUILD_CONFIG.ordinal()] = 1;
        raw[Feature.CHANGED_FILES_IN_RECENT_FAILURES.ordinal()] = 3;
        raw[Feature.RECENT_FAILURES_SHARING_FILES.ordinal()] = 5;
        raw[Feature.FAILURE_STREAK.ordinal()] = 2;
        raw[Feature.PREVIOUS_BUILD_BROKEN.ordinal()] = 1;
        raw[Feature.AUTHOR_RECENT_FAILURE_RATE.ordinal()] = 0.4;
        raw[Feature.AUTHOR_RECENT_BUILDS.ordinal()] = 10;
        raw[Feature.WEEKDAY.ordinal()] = 7;
        raw[Feature.PROJECT_RECENT_FAILURE_RATE.ordinal()] = 0.3;
        raw[Feature.SOURCE_FILES.ordinal()] = 3;
        ChangeStats change = new ChangeStats(Set.of("pom.xml", "a/A.java", "a/B.java", "a/C.java"), 10, 2,
                Map.of(FileKind.BUILD_CONFIG, List.of("pom.xml"), FileKind.SOURCE, List.of("a/A.java", "a/B.java", "a/C.java")),
                2, List.of("pom.xml"));
        Build b = new Build("next", "abcdef1", "main", BuildStatus.PASSED, Optional.empty(), OptionalLong.empty(),
                OptionalInt.empty(), Optional.empty());
        return new BuildFeatures(b, raw, change, new FailureOverlap(3, 5, 20, List.of("a/A.java", "a/B.java", "a/C.java")),
                Optional.of(new BuildFeatures.Previous("41", BuildStatus.FAILED, true)), "ann@example.org");
    }

    @Test
    void plainWordsFromTheBuildsOwnDetails() {
        BuildFeatures b = build();
        assertThat(FactorWords.describe(Feature.TOUCHES_BUILD_CONFIG, b)).isEqualTo("touches build configuration: pom.xml");
        assertThat(FactorWords.describe(Feature.TOUCHES_DEPENDENCIES, b)).isEqualTo("leaves dependencies alone");
        assertThat(FactorWords.describe(Feature.CHANGED_FILES_IN_RECENT_FAILURES, b))
                .isEqualTo("3 of the changed files were in 5 of the last 20 failures (a/A.java, a/B.java, a/C.java)");
        assertThat(FactorWords.describe(Feature.PREVIOUS_BUILD_BROKEN, b)).isEqualTo("the previous build on main (41) failed");
        assertThat(FactorWords.describe(Feature.FAILURE_STREAK, b)).isEqualTo("2 builds in a row broke before this one on main");
        assertThat(FactorWords.describe(Feature.AUTHOR_RECENT_FAILURE_RATE, b)).isEqualTo("40% of the author's last 10 builds broke");
        assertThat(FactorWords.describe(Feature.SOURCE_FILES, b)).isEqualTo("changes 3 source files (a/A.java, a/B.java, a/C.java)");
        assertThat(FactorWords.describe(Feature.TEST_FILES, b)).isEqualTo("changes no test files");
        assertThat(FactorWords.describe(Feature.WEEKDAY, b)).isEqualTo("starts on a Sunday");
        assertThat(FactorWords.describe(Feature.PROJECT_RECENT_FAILURE_RATE, b))
                .isEqualTo("30% of the recent builds on all branches broke");
        assertThat(FactorWords.describe(Feature.FIRST_BUILD_ON_BRANCH, b)).isEqualTo("its branch has built before");
        assertThat(FactorWords.describe(Feature.HOURS_SINCE_PREVIOUS_BUILD, b)).isEqualTo("0.0 hours since the previous build");
        assertThat(FactorWords.since(2.25)).isEqualTo("2.3 hours");
        assertThat(FactorWords.since(47.9)).isEqualTo("47.9 hours");
        assertThat(FactorWords.since(48)).isEqualTo("2.0 days");
        assertThat(FactorWords.since(24 * 59.94)).isEqualTo("59.9 days");
        assertThat(FactorWords.since(63187.7)).isEqualTo("2633 days");
    }

    @Test
    void theRelatedBuildNamesThePullRequestOrTheBranchsPushes() {
        BuildFeatures push = build();
        assertThat(FactorWords.describe(Feature.RELATED_BUILD_BROKEN, push))
                .isEqualTo("the previous push build on main did not break");
        assertThat(FactorWords.describe(Feature.RELATED_BUILD_BROKEN, with(push, OptionalInt.empty(), 1, 0)))
                .isEqualTo("the previous push build on main broke");
        assertThat(FactorWords.describe(Feature.NO_RELATED_BUILD, with(push, OptionalInt.empty(), 0, 1)))
                .isEqualTo("the first push build on main");
        assertThat(FactorWords.describe(Feature.RELATED_BUILD_BROKEN, with(push, OptionalInt.of(12), 1, 0)))
                .isEqualTo("the previous build of pull request #12 broke");
        assertThat(FactorWords.describe(Feature.NO_RELATED_BUILD, with(push, OptionalInt.of(12), 0, 1)))
                .isEqualTo("the first build of pull request #12");
        Build unnumbered = new Build("next", "abcdef1", "main", BuildStatus.PASSED, Optional.empty(),
                OptionalLong.empty(), OptionalInt.empty(), Optional.of(BuildEvent.PULL_REQUEST));
        BuildFeatures b = new BuildFeatures(unnumbered, push.raw(), push.change(), push.overlap(), push.previous(),
                push.author());
        assertThat(FactorWords.describe(Feature.NO_RELATED_BUILD, b)).isEqualTo("a pull-request build without its number");
    }

    /** {@code b} as a pull-request build of {@code number} (a push when empty) with the related build's two values. */
    private static BuildFeatures with(BuildFeatures b, OptionalInt number, double broken, double none) {
        double[] raw = b.raw().clone();
        raw[Feature.RELATED_BUILD_BROKEN.ordinal()] = broken;
        raw[Feature.NO_RELATED_BUILD.ordinal()] = none;
        Build build = new Build("next", "abcdef1", "main", BuildStatus.PASSED, Optional.empty(), OptionalLong.empty(),
                number, number.isPresent() ? Optional.of(BuildEvent.PULL_REQUEST) : Optional.empty());
        return new BuildFeatures(build, raw, b.change(), b.overlap(), b.previous(), b.author());
    }
}
