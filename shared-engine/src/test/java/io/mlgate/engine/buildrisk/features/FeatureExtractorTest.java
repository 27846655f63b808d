package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.GitFixture;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.mlgate.engine.buildrisk.GitFixture.T0;
import static io.mlgate.engine.buildrisk.GitFixture.build;
import static io.mlgate.engine.buildrisk.GitFixture.files;
import static io.mlgate.engine.buildrisk.GitFixture.lines;
import static io.mlgate.engine.buildrisk.history.BuildStatus.CANCELED;
import static io.mlgate.engine.buildrisk.history.BuildStatus.FAILED;
import static io.mlgate.engine.buildrisk.history.BuildStatus.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

/** Features of a small history on a repository made here, each with the answer worked out by hand. */
class FeatureExtractorTest {
    @TempDir
    static Path dir;
    static final List<Build> BUILDS = new ArrayList<>();
    static Extraction extraction;

    private static java.time.Instant h(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @BeforeAll
    static void history() {
        try (GitFixture g = GitFixture.init(dir.resolve("repo"))) {
            String c1 = g.commit("alice", h(0), files("src/main/java/A.java", lines(0, 10),
                    "pom.xml", "<project>\n<version>1</version>\n</project>\n", "README.md", "hello\n"));
            BUILDS.add(build("1", c1, "master", PASSED, h(1)));
            g.commit("bob", h(2), files("src/main/java/A.java", lines(0, 12), "src/test/java/ATest.java", lines(0, 5)));
            String c3 = g.commit("bob", h(3), files("pom.xml", "<project>\n<version>2</version>\n</project>\n"));
            BUILDS.add(build("2", c3, "master", FAILED, h(4)));
            String c4 = g.commit("alice", h(5), files("src/main/java/A.java", lines(0, 13)));
            BUILDS.add(build("3", c4, "master", FAILED, h(6)));
            BUILDS.add(build("4", c4, "master", CANCELED, h(6)));
            BUILDS.add(build("5", "deadbeef".repeat(5), "master", FAILED, h(7)));
            String c5 = g.commit("carol", h(8), files("README.md", "hello, world\n"));
            BUILDS.add(build("6", c5, "master", PASSED, h(9)));
            g.branch("feature");
            String c6 = g.commit("dave", h(10), files(".travis.yml", "language: java\n"));
            BUILDS.add(build("7", c6, "feature", PASSED, h(11)));
            String c7 = g.commit("dave", h(12), files(".travis.yml", "language: java\njdk: openjdk17\n"));
            BUILDS.add(build("8", c7, "feature", PASSED, h(13)));
        }
        try (GitRepo git = GitRepo.open(dir.resolve("repo"))) {
            extraction = new FeatureExtractor(git, Progress.SILENT).extract(new BuildHistory("test", BUILDS));
        }
    }

    private static BuildFeatures of(String id) {
        return extraction.features().stream().filter(f -> f.build().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void missingCommitsAreReportedAndSkippedAndCanceledBuildsLeftOut() {
        assertThat(extraction.features()).extracting(f -> f.build().id()).containsExactly("1", "2", "3", "6", "7", "8");
        assertThat(extraction.missing()).extracting(Build::id).containsExactly("5");
        assertThat(extraction.canceled()).isEqualTo(1);
    }

    @Test
    void changeSinceThePreviousBuildCountsFilesLinesKindsAndCommits() {
        BuildFeatures b = of("2");
        assertThat(b.raw(Feature.FILES_CHANGED)).isEqualTo(3);
        assertThat(b.raw(Feature.LINES_ADDED)).isEqualTo(2 + 5 + 1);
        assertThat(b.raw(Feature.LINES_DELETED)).isEqualTo(1);
        assertThat(b.raw(Feature.SOURCE_FILES)).isEqualTo(1);
        assertThat(b.raw(Feature.TEST_FILES)).isEqualTo(1);
        assertThat(b.raw(Feature.TOUCHES_BUILD_CONFIG)).isEqualTo(1);
        assertThat(b.raw(Feature.TOUCHES_DEPENDENCIES)).as("the pom's changed line is a version").isEqualTo(1);
        assertThat(b.change().of(FileKind.BUILD_CONFIG)).containsExactly("pom.xml");
        assertThat(b.raw(Feature.TOUCHES_CI_CONFIG)).isZero();
        assertThat(b.raw(Feature.DIRECTORIES)).isEqualTo(3);
        assertThat(b.raw(Feature.COMMITS_SINCE_PREVIOUS_BUILD)).isEqualTo(2);
    }

    @Test
    void previousOutcomeAndFailureStreakCountBuildsWhoseCommitIsMissing() {
        assertThat(of("2").raw(Feature.PREVIOUS_BUILD_BROKEN)).isZero();
        assertThat(of("3").raw(Feature.PREVIOUS_BUILD_BROKEN)).isEqualTo(1);
        assertThat(of("3").raw(Feature.FAILURE_STREAK)).isEqualTo(1);
        assertThat(of("6").raw(Feature.FAILURE_STREAK)).as("builds 2, 3 and 5 broke; 4 was canceled").isEqualTo(3);
        assertThat(of("6").previous().orElseThrow().id()).isEqualTo("5");
        assertThat(of("6").raw(Feature.BRANCH_RECENT_FAILURE_RATE)).isEqualTo(0.75);
    }

    @Test
    void theProjectsRecentFailureRateCountsEveryBranch() {
        assertThat(of("6").raw(Feature.PROJECT_RECENT_FAILURE_RATE)).as("2, 3 and 5 of 1, 2, 3, 5").isEqualTo(0.75);
        assertThat(of("7").raw(Feature.PROJECT_RECENT_FAILURE_RATE)).as("and 6 passed").isEqualTo(0.6);
        assertThat(of("8").raw(Feature.PROJECT_RECENT_FAILURE_RATE)).as("and 7 passed").isEqualTo(0.5);
        assertThat(of("8").raw(Feature.BRANCH_RECENT_FAILURE_RATE)).as("feature's own: 7 passed").isZero();
    }

    @Test
    void aBranchsFirstBuildIsFlagged() {
        assertThat(of("1").raw(Feature.FIRST_BUILD_ON_BRANCH)).as("nothing built before").isEqualTo(1);
        assertThat(of("2").raw(Feature.FIRST_BUILD_ON_BRANCH)).isZero();
        assertThat(of("7").raw(Feature.FIRST_BUILD_ON_BRANCH)).as("feature's first").isEqualTo(1);
        assertThat(of("8").raw(Feature.FIRST_BUILD_ON_BRANCH)).isZero();
    }

    @Test
    void aBranchsFirstBuildLooksBackToThePreviousBuildOverall() {
        BuildFeatures b = of("7");
        assertThat(b.previous().orElseThrow().id()).isEqualTo("6");
        assertThat(b.previous().orElseThrow().sameBranch()).isFalse();
        assertThat(b.raw(Feature.TOUCHES_CI_CONFIG)).isEqualTo(1);
        assertThat(b.raw(Feature.COMMITS_SINCE_PREVIOUS_BUILD)).isEqualTo(1);
        assertThat(b.raw(Feature.FILES_CHANGED)).isEqualTo(1);
    }

    @Test
    void filesOfRecentFailuresAuthorsAndTime() {
        BuildFeatures b = of("3");
        assertThat(b.raw(Feature.CHANGED_FILES_IN_RECENT_FAILURES)).as("A.java broke build 2").isEqualTo(1);
        assertThat(b.raw(Feature.RECENT_FAILURES_SHARING_FILES)).isEqualTo(1);
        assertThat(b.overlap().examples()).containsExactly("src/main/java/A.java");
        assertThat(b.author()).isEqualTo("alice@example.org");
        assertThat(b.raw(Feature.AUTHOR_EXPERIENCE)).as("alice's c1").isEqualTo(1);
        assertThat(b.raw(Feature.AUTHOR_RECENT_BUILDS)).isEqualTo(1);
        assertThat(b.raw(Feature.AUTHOR_RECENT_FAILURE_RATE)).isZero();
        assertThat(of("2").raw(Feature.AUTHOR_EXPERIENCE)).as("bob's c2").isEqualTo(1);
        assertThat(b.raw(Feature.HOURS_SINCE_PREVIOUS_BUILD)).isEqualTo(2.0);
        assertThat(of("2").raw(Feature.HOUR_OF_DAY)).isEqualTo(13);
        assertThat(of("2").raw(Feature.WEEKDAY)).as("2024-03-04 is a Monday").isEqualTo(1);
        assertThat(of("6").raw(Feature.DOCS_ONLY)).isEqualTo(1);
        assertThat(of("6").raw(Feature.CHANGED_FILES_IN_RECENT_FAILURES)).isZero();
    }

    @Test
    void theNextBuildGetsTheSameFeaturesAsTheFullWalkGivesIt() {
        List<Build> before = BUILDS.subList(0, BUILDS.size() - 1);
        try (GitRepo git = GitRepo.open(dir.resolve("repo"))) {
            BuildFeatures next = new FeatureExtractor(git, Progress.SILENT)
                    .next(new BuildHistory("test", before), BUILDS.get(BUILDS.size() - 1));
            assertThat(next.raw()).containsExactly(of(BUILDS.get(BUILDS.size() - 1).id()).raw());
        }
    }
}
