package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.GitFixture;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildEvent;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.RelatedBuilds;
import io.mlgate.engine.buildrisk.history.RelatedCall;
import io.mlgate.engine.buildrisk.history.RelatedOutcomes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static io.mlgate.engine.buildrisk.GitFixture.T0;
import static io.mlgate.engine.buildrisk.GitFixture.build;
import static io.mlgate.engine.buildrisk.GitFixture.files;
import static io.mlgate.engine.buildrisk.history.BuildStatus.CANCELED;
import static io.mlgate.engine.buildrisk.history.BuildStatus.FAILED;
import static io.mlgate.engine.buildrisk.history.BuildStatus.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The related build's features and the related-outcome rule's calls ({@link RelatedBuilds}, {@link RelatedCall}) on
 * a history of pushes and pull-request builds recorded under their target branch, each answer worked out by hand;
 * and a prediction resumed from the saved state gives them as a replay of the whole history does.
 */
class RelatedBuildFeaturesTest {
    @TempDir
    static Path dir;
    static final List<Build> BUILDS = new ArrayList<>();
    static final List<String> COMMITS = new ArrayList<>();
    static Extraction extraction;

    private static Instant h(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    static Build pr(String id, String commit, BuildStatus status, Instant started, OptionalInt number) {
        return new Build(id, commit, "master", status, Optional.of(started), OptionalLong.of(600), number,
                Optional.of(BuildEvent.PULL_REQUEST));
    }

    @BeforeAll
    static void history() {
        try (GitFixture g = GitFixture.init(dir.resolve("repo"))) {
            for (int i = 1; i <= 13; i++) {
                COMMITS.add(g.commit("ann", h(i), files("src/main/java/A.java", "v" + i + "\n")));
            }
            BUILDS.add(build("1", COMMITS.get(0), "master", PASSED, h(1)));
            BUILDS.add(pr("2", COMMITS.get(1), FAILED, h(2), OptionalInt.of(5)));
            BUILDS.add(build("3", COMMITS.get(2), "master", FAILED, h(3)));
            BUILDS.add(pr("4", COMMITS.get(3), PASSED, h(4), OptionalInt.of(5)));
            BUILDS.add(pr("5", COMMITS.get(4), FAILED, h(5), OptionalInt.of(6)));
            BUILDS.add(build("6", COMMITS.get(5), "feature", PASSED, h(6)));
            BUILDS.add(build("7", COMMITS.get(6), "master", PASSED, h(7)));
            BUILDS.add(pr("8", COMMITS.get(7), FAILED, h(8), OptionalInt.empty()));
            BUILDS.add(pr("9", COMMITS.get(8), CANCELED, h(9), OptionalInt.of(6)));
            BUILDS.add(pr("10", COMMITS.get(9), PASSED, h(10), OptionalInt.of(6)));
            BUILDS.add(pr("11", COMMITS.get(10), FAILED, h(11), OptionalInt.of(6)));
            BUILDS.add(pr("12", COMMITS.get(11), PASSED, h(12), OptionalInt.of(5)));
            BUILDS.add(pr("13", COMMITS.get(12), FAILED, h(13), OptionalInt.of(6)));
            BUILDS.add(build("14", COMMITS.get(12), "feature", PASSED, h(14)));
            BUILDS.add(build("15", COMMITS.get(0), "master", PASSED, h(15)));
        }
        try (GitRepo git = GitRepo.open(dir.resolve("repo"))) {
            extraction = new FeatureExtractor(git, Progress.SILENT).extract(new BuildHistory("test", BUILDS));
        }
    }

    private static double[] related(String id) {
        BuildFeatures f = extraction.features().stream().filter(b -> b.build().id().equals(id)).findFirst().orElseThrow();
        return new double[]{f.raw(Feature.RELATED_BUILD_BROKEN), f.raw(Feature.NO_RELATED_BUILD)};
    }

    @Test
    void aPushLooksAtTheBranchsLastPushAndAPullRequestAtItsOwnLastBuild() {
        assertThat(related("1")).as("nothing before").containsExactly(0, 1);
        assertThat(related("2")).as("pull request 5's first build").containsExactly(0, 1);
        assertThat(related("3")).as("after pull request 5 broke, master's last push (1) passed").containsExactly(0, 0);
        assertThat(related("4")).as("pull request 5's build 2 broke, though master's last build (3) did too")
                .containsExactly(1, 0);
        assertThat(related("5")).as("pull request 6's first build").containsExactly(0, 1);
        assertThat(related("6")).as("feature's first push").containsExactly(0, 1);
        assertThat(related("7")).as("master's last push (3) broke; pull requests 5 and 6 came between")
                .containsExactly(1, 0);
        assertThat(related("8")).as("a pull request without its number has no known related build")
                .containsExactly(0, 1);
        assertThat(related("10")).as("pull request 6's last completed build (5) broke; 9 was canceled")
                .containsExactly(1, 0);
    }

    private static RelatedCall call(String id) {
        return extraction.features().stream().filter(b -> b.build().id().equals(id)).findFirst().orElseThrow().related();
    }

    @Test
    void theRelatedOutcomeRuleOverrulesTheBaselineOnlyWhereARelatedBuildSaysSo() {
        assertThat(call("1")).as("nothing before").isEqualTo(RelatedCall.PREVIOUS_PASSED);
        assertThat(call("2")).as("after push 1 passed; the pull request's first build").isEqualTo(RelatedCall.PREVIOUS_PASSED);
        assertThat(call("3")).as("after pull request 5 broke, master's last push (1) passed")
                .isEqualTo(RelatedCall.PUSH_PASSED);
        assertThat(call("4")).as("after push 3 broke: a pull request is called broken then anyway")
                .isEqualTo(RelatedCall.PREVIOUS_BROKE);
        assertThat(call("6")).as("feature's first push, after pull request 6 broke").isEqualTo(RelatedCall.PREVIOUS_BROKE);
        assertThat(call("7")).as("after 5 broke, master's last push (3) broke too").isEqualTo(RelatedCall.PREVIOUS_BROKE);
        assertThat(call("8")).as("a pull request without its number").isEqualTo(RelatedCall.PREVIOUS_PASSED);
        assertThat(call("11")).as("pull request 6's last build (10) passed").isEqualTo(RelatedCall.PREVIOUS_PASSED);
        assertThat(call("12")).as("after 11 broke").isEqualTo(RelatedCall.PREVIOUS_BROKE);
        assertThat(call("13")).as("after 12 passed, pull request 6's last build (11) broke")
                .isEqualTo(RelatedCall.PULL_REQUEST_BROKE);
        assertThat(call("14")).as("its commit's build 13 broke").isEqualTo(RelatedCall.COMMIT_BROKE);
        assertThat(call("15")).as("after 13 broke, its commit's build 1 passed").isEqualTo(RelatedCall.COMMIT_PASSED);
        // the walk over the history alone (what monitor and predict's figures since training use) calls alike
        RelatedOutcomes walk = RelatedOutcomes.after(List.of());
        for (Build b : BUILDS) {
            if (b.status().isCompleted()) {
                assertThat(walk.call(b)).as("build %s", b.id()).isEqualTo(call(b.id()));
            }
            walk.add(b);
        }
    }

    @Test
    void theBaselinesPreviousBuildIsAnotherThing() {
        BuildFeatures push = extraction.features().stream().filter(b -> b.build().id().equals("3")).findFirst()
                .orElseThrow();
        assertThat(push.raw(Feature.PREVIOUS_BUILD_BROKEN)).as("build 2, pull request 5's, broke").isEqualTo(1);
        assertThat(push.raw(Feature.RELATED_BUILD_BROKEN)).isZero();
    }

    @Test
    void aResumedPredictionGivesTheWholeReplaysRelatedBuild() {
        try (GitRepo git = GitRepo.open(dir.resolve("repo"))) {
            for (int cut : new int[]{1, 3, 5, 8, BUILDS.size()}) {
                ReplayState saved = ReplayState.parse(new FeatureExtractor(git, Progress.SILENT, 1)
                        .extract(new BuildHistory("train", BUILDS.subList(0, cut))).replay().bytes());
                BuildHistory now = new BuildHistory("now", BUILDS);
                for (Build next : List.of(build("next", COMMITS.get(9), "master", PASSED, h(20)),
                        build("next", COMMITS.get(9), "feature", PASSED, h(20)),
                        pr("next", COMMITS.get(9), PASSED, h(20), OptionalInt.of(5)),
                        pr("next", COMMITS.get(9), PASSED, h(20), OptionalInt.of(6)),
                        pr("next", COMMITS.get(9), PASSED, h(20), OptionalInt.of(7)))) {
                    BuildFeatures full = new FeatureExtractor(git, Progress.SILENT).next(now, next);
                    BuildFeatures resumed = new FeatureExtractor(git, Progress.SILENT).next(now, next, Optional.of(saved));
                    ReplayStateTest.assertSame(resumed, full);
                }
            }
        }
    }

    @Test
    void thePredictedBuildsRelatedBuildIsTheLastOne() {
        try (GitRepo git = GitRepo.open(dir.resolve("repo"))) {
            BuildHistory all = new BuildHistory("now", BUILDS);
            FeatureExtractor x = new FeatureExtractor(git, Progress.SILENT);
            BuildFeatures pr5 = x.next(all, pr("next", COMMITS.get(9), PASSED, h(20), OptionalInt.of(5)));
            assertThat(pr5.raw(Feature.RELATED_BUILD_BROKEN)).as("pull request 5's build 4 passed").isZero();
            assertThat(pr5.raw(Feature.NO_RELATED_BUILD)).isZero();
            BuildFeatures master = x.next(all, build("next", COMMITS.get(9), "master", PASSED, h(20)));
            assertThat(master.raw(Feature.RELATED_BUILD_BROKEN)).as("master's last push (15) passed").isZero();
            BuildFeatures pr7 = x.next(all, pr("next", COMMITS.get(9), PASSED, h(20), OptionalInt.of(7)));
            assertThat(pr7.raw(Feature.NO_RELATED_BUILD)).isEqualTo(1);
        }
    }
}
