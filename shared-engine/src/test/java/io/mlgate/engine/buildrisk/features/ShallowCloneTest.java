package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.GitFixture;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.mlgate.engine.buildrisk.GitFixture.T0;
import static io.mlgate.engine.buildrisk.GitFixture.build;
import static io.mlgate.engine.buildrisk.GitFixture.files;
import static io.mlgate.engine.buildrisk.GitFixture.lines;
import static io.mlgate.engine.buildrisk.history.BuildStatus.FAILED;
import static io.mlgate.engine.buildrisk.history.BuildStatus.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A prediction in a shallow clone (what CI systems check out by default) either gives exactly the features it gives
 * in the full repository or is bad input that says what to fetch: for every depth, on a repository and history made
 * here whose model state was saved 13 builds before the prediction, in a repository with a branch that the clones
 * (of one branch, as CI checks out) lack. Training in a shallow clone is bad input.
 */
class ShallowCloneTest {
    @TempDir
    static Path dir;
    static Path full;
    /** Every build; the first {@link #TRAINED} were known at training. */
    static final List<Build> BUILDS = new ArrayList<>();
    static final int TRAINED = 25;
    static ReplayState saved;
    static Build next;
    static int masterCommits;

    private static Instant h(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @BeforeAll
    static void project() {
        full = dir.resolve("full");
        try (GitFixture g = GitFixture.init(full)) {
            String[] authors = {"ann", "ben", "cat"};
            int hour = 0;
            for (int i = 0; i < 36; i++) {
                hour += 2;
                String file = i % 5 == 3 ? "pom.xml" : "src/main/java/F" + (i % 4) + ".java";
                String sha = g.commit(authors[i % 3], h(hour), files(file, lines(0, 5 + i),
                        "src/test/java/F" + (i % 3) + "Test.java", lines(0, 3 + i % 4)));
                BUILDS.add(build("b" + i, sha, "master", i % 6 == 2 || i % 7 == 5 ? FAILED : PASSED,
                        h(hour).plusSeconds(60)));
                if (i == 10) {
                    // before training: a build on a branch that a clone of master alone lacks (its tip is one of
                    // those the saved walk started from)
                    g.branch("spike");
                    String spike = g.commit("sam", h(++hour), files("src/main/java/Spike.java", lines(0, 12)));
                    BUILDS.add(build("s1", spike, "spike", FAILED, h(hour).plusSeconds(60)));
                    g.checkout("master");
                }
                if (i == 30) {
                    // after training: a build on a branch that a clone of master alone lacks
                    g.branch("topic");
                    String topic = g.commit("tia", h(++hour), files("docs/topic.md", "topic\n"));
                    BUILDS.add(build("t1", topic, "topic", PASSED, h(hour).plusSeconds(60)));
                    g.checkout("master");
                }
            }
            String head = g.commit("ann", h(hour + 3), files("pom.xml", lines(0, 90), "src/main/java/F1.java", lines(0, 7)));
            next = build("next", head, "master", PASSED, h(hour + 4));
            masterCommits = 37;
        }
        try (GitRepo git = GitRepo.open(full)) {
            Extraction e = new FeatureExtractor(git, Progress.SILENT, 1)
                    .extract(new BuildHistory("train", BUILDS.subList(0, TRAINED)));
            saved = ReplayState.parse(e.replay().bytes());
        }
    }

    private static BuildFeatures predict(Path repo, List<String> steps) {
        try (GitRepo git = GitRepo.openForOneBuild(repo)) {
            return new FeatureExtractor(git, steps::add).next(new BuildHistory("now", BUILDS), next, Optional.of(saved));
        }
    }

    @Test
    void atEveryDepthTheFeaturesAreTheFullClonesOrTheErrorSaysWhatToFetch() {
        BuildFeatures inFull = predict(full, new ArrayList<>());
        int firstExact = 0;
        for (int depth = 1; depth <= masterCommits + 1; depth++) {
            Path clone = GitFixture.shallowClone(full, dir.resolve("depth-" + depth), "master", depth);
            boolean shallow;
            try (GitRepo git = GitRepo.openForOneBuild(clone)) {
                shallow = git.isShallow();
            }
            assertThat(shallow).as("depth %d", depth).isEqualTo(depth <= masterCommits);
            List<String> steps = new ArrayList<>();
            try {
                BuildFeatures inShallow = predict(clone, steps);
                ReplayStateTest.assertSame(inShallow, inFull);
                if (shallow) {
                    // resumed from the state, though the clone lacks the spike branch's tip (a full clone that lacks
                    // it replays the whole history, as before)
                    assertThat(steps).as("depth %d", depth).anyMatch(s -> s.contains("replaying the "
                            + (BUILDS.size() - TRAINED) + " builds after build " + BUILDS.get(TRAINED - 1).id()));
                    assertThat(steps).as("depth %d: the topic branch's build", depth)
                            .contains("features: this shallow clone lacks the commits of 1 of the builds since the "
                                    + "model's saved state; they count as builds without a commit, as in any clone that lacks them");
                }
                if (firstExact == 0) {
                    firstExact = depth;
                }
            } catch (BadInputException e) {
                assertThat(firstExact).as("depth %d fails after depth %d passed: %s", depth, firstExact, e.getMessage()).isZero();
                assertThat(e.getMessage()).as("depth %d", depth).startsWith(clone + " is a shallow clone")
                        .contains("fetch-depth: 0").doesNotContain("\n");
            }
        }
        // the state was saved at the 14th commit from the top: a clone must reach it, and a few commits below the
        // oldest change it reads again (JGit's walks look a few commits past where they stop), not the whole history
        assertThat(firstExact).as("the first depth that gives the features").isGreaterThan(13).isLessThan(masterCommits);
    }

    @Test
    void aCloneOfOneCommitNamesWhatItLacks() {
        Path clone = GitFixture.shallowClone(full, dir.resolve("one"), "master", 1);
        assertThatThrownBy(() -> predict(clone, new ArrayList<>())).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(clone + " is a shallow clone, and the model's saved replay state does not apply ("
                        + clone + " lacks every commit the saved walk started from (another repository, or a clone too "
                        + "shallow?))")
                .hasMessageEndingWith("(git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0)");
    }

    @Test
    void aChangeFromABaseTheCloneLacksNamesIt() {
        Path clone = GitFixture.shallowClone(full, dir.resolve("five"), "master", 5);
        String base = BUILDS.get(TRAINED - 1).commit();
        try (GitRepo git = GitRepo.openForOneBuild(clone)) {
            org.eclipse.jgit.revwalk.RevCommit head = git.commit(next.commit()).orElseThrow();
            assertThatThrownBy(() -> BuildChange.read(git.reader(), new ChangeReader(git.reader()),
                    org.eclipse.jgit.lib.ObjectId.fromString(base), head, true, git.boundary()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage(clone + " is a shallow clone that lacks commit " + base.substring(0, 12) + ", which the "
                            + "change of commit " + next.commit().substring(0, 12) + " since the last built commit "
                            + base.substring(0, 12) + " needs: fetch more of its history (git fetch --deepen=N or git "
                            + "fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0)");
            // in a full clone nothing is checked: the same change reads
            assertThat(BuildChange.read(git.reader(), new ChangeReader(git.reader()), head.getParent(0), head, true,
                    ShallowBoundary.NONE).stats().files()).isPositive();
        }
    }

    @Test
    void withoutASavedStateAShallowCloneIsNotReplayedWhole() {
        Path clone = GitFixture.shallowClone(full, dir.resolve("no-state"), "master", 20);
        try (GitRepo git = GitRepo.openForOneBuild(clone)) {
            assertThatThrownBy(() -> new FeatureExtractor(git, Progress.SILENT).next(new BuildHistory("now", BUILDS), next))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("is a shallow clone, and the model has no saved replay state");
        }
    }

    @Test
    void trainingInAShallowCloneIsBadInput() {
        Path clone = GitFixture.shallowClone(full, dir.resolve("train"), "master", 30);
        try (GitRepo git = GitRepo.open(clone)) {
            assertThatThrownBy(() -> new FeatureExtractor(git, Progress.SILENT).extract(new BuildHistory("h", BUILDS)))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage(clone + " is a shallow clone: the features of a history's builds need the repository's "
                            + "whole history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0)");
        }
    }
}
