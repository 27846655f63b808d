package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.GitFixture;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.PreviousOutcomes;
import io.mlgate.engine.buildrisk.history.RelatedOutcomes;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static io.mlgate.engine.buildrisk.GitFixture.T0;
import static io.mlgate.engine.buildrisk.GitFixture.build;
import static io.mlgate.engine.buildrisk.GitFixture.files;
import static io.mlgate.engine.buildrisk.GitFixture.lines;
import static io.mlgate.engine.buildrisk.history.BuildStatus.CANCELED;
import static io.mlgate.engine.buildrisk.history.BuildStatus.ERRORED;
import static io.mlgate.engine.buildrisk.history.BuildStatus.FAILED;
import static io.mlgate.engine.buildrisk.history.BuildStatus.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A prediction that resumes from the state saved at training gives exactly the features of a replay of the whole
 * history: on a repository and history made here, with builds recorded after training (a new author, new failures,
 * a new branch, a merge, a commit dated before its parent; pull-request builds among them), and falls back to the
 * whole replay when the state is stale.
 */
class ReplayStateTest {
    @TempDir
    static Path dir;
    static Path repo;
    /** Builds known at training. */
    static final List<Build> TRAINED = new ArrayList<>();
    /** Every build, those recorded after training included. */
    static final List<Build> ALL = new ArrayList<>();
    /** Commits builds could be predicted on after training, with their branch. */
    static final List<String[]> NEXT = new ArrayList<>();

    private static Instant h(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @BeforeAll
    static void history() throws Exception {
        repo = dir.resolve("repo");
        try (GitFixture g = GitFixture.init(repo)) {
            String[] authors = {"ann", "ben", "cat"};
            int hour = 0;
            for (int i = 0; i < 60; i++) {
                hour += 1 + i % 3;
                String file = i % 7 == 3 ? "pom.xml" : "src/main/java/F" + (i % 6) + ".java";
                String sha = g.commit(authors[i % 3], h(hour), files(file, lines(0, 3 + i),
                        "src/test/java/F" + (i % 4) + "Test.java", lines(0, 2 + i % 5), "dir\twith tab/x.txt", "v" + i % 4));
                BuildStatus s = i % 5 == 1 ? FAILED : i % 11 == 4 ? ERRORED : i % 13 == 6 ? CANCELED : PASSED;
                TRAINED.add(i % 9 == 5 && i < 50
                        ? RelatedBuildFeaturesTest.pr("b" + i, sha, s, h(hour).plusSeconds(60), OptionalInt.of(1 + i % 2))
                        : build("b" + i, sha, "master", s, h(hour).plusSeconds(60)));
                if (i % 17 == 9) {
                    TRAINED.add(build("m" + i, "deadbeef".repeat(5), "master", FAILED, h(hour).plusSeconds(90)));
                }
                if (i == 30) {
                    g.branch("feature");
                    String f = g.commit("ann", h(++hour), files("docs/guide.md", "guide\n"));
                    TRAINED.add(build("f1", f, "feature", FAILED, h(hour).plusSeconds(30)));
                    g.checkout("master");
                }
            }
            ALL.addAll(TRAINED);
            // recorded after training: a new author whose build breaks, a new branch, a merge, a skewed commit time
            String zoe = g.commit("zoe", h(hour += 2), files("src/main/java/F1.java", lines(0, 99)));
            ALL.add(build("n1", zoe, "master", FAILED, h(hour).plusSeconds(60)));
            ALL.add(build("n2", zoe, "master", CANCELED, h(hour).plusSeconds(90)));
            NEXT.add(new String[]{zoe, "master"});
            g.checkout("feature");
            String feat = g.commit("ben", h(hour += 1), files("src/main/java/Feature.java", lines(0, 7)));
            ALL.add(build("n3", feat, "feature", PASSED, h(hour).plusSeconds(60)));
            g.checkout("master");
            g.branch("release");
            String skewed = g.commit("dan", h(3), files("pom.xml", "<project/>\n"));
            ALL.add(build("n4", skewed, "release", ERRORED, h(hour += 1).plusSeconds(60)));
            NEXT.add(new String[]{skewed, "release"});
            g.checkout("master");
            try (Git git = Git.open(repo.toFile())) {
                PersonIdent who = new PersonIdent("eve", "eve@example.org", h(hour += 1), ZoneOffset.UTC);
                git.merge().include(git.getRepository().resolve("feature")).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                        .setCommit(false).call();
                String merge = git.commit().setAuthor(who).setCommitter(who).setMessage("merge").setSign(false).call().name();
                ALL.add(build("n5", merge, "master", FAILED, h(hour).plusSeconds(60)));
                NEXT.add(new String[]{merge, "master"});
            }
            String last = g.commit("yan", h(hour += 1), files("src/test/java/F1Test.java", lines(0, 40)));
            NEXT.add(new String[]{last, "master"});
            g.branch("hotfix");
            NEXT.add(new String[]{g.commit("ann", h(hour + 1), files("README.md", "hi\n")), "hotfix"});
        }
    }

    private static Build next(String[] commitAndBranch) {
        return build("next", commitAndBranch[0], commitAndBranch[1], PASSED, h(500));
    }

    /** The state saved after training on {@code trained}, through its file format. */
    private static ReplayState trainedOn(List<Build> trained) {
        try (GitRepo git = GitRepo.open(repo)) {
            Extraction e = new FeatureExtractor(git, Progress.SILENT, 1).extract(new BuildHistory("train", trained));
            return ReplayState.parse(e.replay().bytes());
        }
    }

    /** The features a resumed or shallow replay gave are those of the whole replay in the full repository. */
    static void assertSame(BuildFeatures resumed, BuildFeatures full) {
        assertThat(resumed.raw()).containsExactly(full.raw());
        assertThat(resumed.previous()).isEqualTo(full.previous());
        assertThat(resumed.related()).isEqualTo(full.related());
        assertThat(resumed.overlap().filesInFailures()).isEqualTo(full.overlap().filesInFailures());
        assertThat(resumed.overlap().failuresSharing()).isEqualTo(full.overlap().failuresSharing());
        assertThat(resumed.overlap().window()).isEqualTo(full.overlap().window());
        assertThat(resumed.author()).isEqualTo(full.author());
        assertThat(resumed.change()).isEqualTo(full.change());
    }

    @Test
    void resumingGivesTheFeaturesOfTheWholeReplayForEveryTrainingCutAndNextCommit() {
        int[] cuts = {TRAINED.size(), TRAINED.size() - 1, 40, 12, 1};
        for (int cut : cuts) {
            ReplayState saved = trainedOn(ALL.subList(0, cut));
            for (int grown : new int[]{cut, ALL.size()}) {
                BuildHistory history = new BuildHistory("now", ALL.subList(0, grown));
                for (String[] n : NEXT) {
                    List<String> steps = new ArrayList<>();
                    try (GitRepo git = GitRepo.open(repo)) {
                        for (Build next : List.of(next(n), RelatedBuildFeaturesTest.pr("next", n[0], PASSED, h(500),
                                OptionalInt.of(1 + cut % 2)))) {
                            BuildFeatures full = new FeatureExtractor(git, Progress.SILENT).next(history, next);
                            BuildFeatures resumed = new FeatureExtractor(git, steps::add).next(history, next, Optional.of(saved));
                            assertSame(resumed, full);
                        }
                    }
                    // the state stands after the last featured build: canceled builds and builds without a commit
                    // after it are replayed
                    assertThat(steps).as("cut %d, history of %d", cut, grown)
                            .anyMatch(s -> s.contains("replaying the " + (grown - saved.builds()) + " builds after build "));
                }
            }
        }
    }

    @Test
    void theStateStandsAfterTheLastFeaturedBuildWithItsPreviousOutcomeCounts() {
        // TRAINED ends with b58, canceled, and b59
        List<Build> cut = TRAINED.subList(0, TRAINED.size() - 1);
        assertThat(cut.get(cut.size() - 1).status()).isEqualTo(CANCELED);
        ReplayState saved = trainedOn(cut);
        assertThat(saved.builds()).isEqualTo(cut.size() - 1);
        assertThat(saved.lastBuild()).isEqualTo(cut.get(cut.size() - 2).id());
        List<Build> withMissing = new ArrayList<>(TRAINED);
        withMissing.add(build("gone", "feedface".repeat(5), "master", FAILED, h(900)));
        ReplayState beforeMissing = trainedOn(withMissing);
        assertThat(beforeMissing.builds()).isEqualTo(TRAINED.size());
        PreviousOutcomes walk = PreviousOutcomes.after(TRAINED);
        PreviousOutcomes saved2 = beforeMissing.previousOutcomes().orElseThrow();
        assertThat(saved2.builds()).containsExactly(walk.builds());
        assertThat(saved2.broken()).containsExactly(walk.broken());
        for (String branch : new String[]{"master", "feature", "never-built"}) {
            Build probe = build("probe", "abcdef1", branch, PASSED, h(901));
            assertThat(saved2.previousBroken(probe)).as(branch).isEqualTo(walk.previousBroken(probe));
        }
        RelatedOutcomes related = RelatedOutcomes.after(TRAINED);
        RelatedOutcomes saved3 = beforeMissing.relatedOutcomes().orElseThrow();
        for (String branch : new String[]{"master", "feature", "never-built"}) {
            for (String commit : new String[]{"abcdef1", TRAINED.get(0).commit(), TRAINED.get(TRAINED.size() - 1).commit()}) {
                Build probe = build("probe", commit, branch, PASSED, h(901));
                assertThat(saved3.call(probe)).as(branch + " " + commit).isEqualTo(related.call(probe));
            }
        }
    }

    @Test
    void theBaseThePredictionReadsAheadFromIsTheOneTheReplayEndsWith() {
        for (int cut : new int[]{1, 5, 12, 31, 33, 40, TRAINED.size(), ALL.size() - 2, ALL.size()}) {
            List<Build> builds = ALL.subList(0, cut);
            try (GitRepo git = GitRepo.open(repo)) {
                HistoryState replayed = ReplayState.parse(new FeatureExtractor(git, Progress.SILENT, 1)
                        .extract(new BuildHistory("cut", builds)).replay().bytes()).restore();
                for (String branch : new String[]{"master", "feature", "release", "hotfix", "never-built"}) {
                    assertThat(UpcomingBuild.lastBuilt(git, builds, branch)).as("%d builds, branch %s", cut, branch)
                            .isEqualTo(replayed.base(branch));
                }
            }
        }
    }

    /**
     * Read after a saved state, the rows since name the base where they can and the state's head names it where they
     * cannot: the same base as the whole history names, for every training cut, history length and branch.
     */
    @Test
    void theBaseFromTheRowsSinceAndTheStatesHeadIsTheWholeHistorysBase() throws Exception {
        for (int trained : new int[]{12, 33, 40, TRAINED.size() - 1, TRAINED.size()}) {
            ReplayState saved = trainedOn(ALL.subList(0, trained));
            Path file = dir.resolve("head-" + trained + ".txt");
            java.nio.file.Files.write(file, saved.bytes());
            ReplayHead head = ReplayHead.read(file).orElseThrow();
            assertThat(head.builds()).isEqualTo(saved.builds());
            assertThat(head.lastBuild()).isEqualTo(saved.lastBuild());
            for (int cut : new int[]{saved.builds(), trained, TRAINED.size(), ALL.size() - 2, ALL.size()}) {
                if (cut < saved.builds()) {
                    continue;
                }
                List<Build> since = ALL.subList(saved.builds(), cut);
                try (GitRepo git = GitRepo.open(repo)) {
                    for (String branch : new String[]{"master", "feature", "release", "hotfix", "never-built"}) {
                        assertThat(UpcomingBuild.lastBuilt(git, since, branch, Optional.of(head)))
                                .as("trained on %d, %d builds, branch %s", trained, cut, branch)
                                .isEqualTo(UpcomingBuild.lastBuilt(git, ALL.subList(0, cut), branch));
                    }
                }
            }
        }
    }

    @Test
    void theFirstFormatsHeadOrADamagedFileIsNotReadAndTheSecondAndThirdFormatsAre() throws Exception {
        String good = new String(trainedOn(TRAINED.subList(0, 5)).bytes(), StandardCharsets.UTF_8);
        Path old = dir.resolve("old-head.txt");
        java.nio.file.Files.writeString(old, good.replace(ReplayStateText.FORMAT, ReplayStateText.FORMAT_1));
        assertThat(ReplayHead.read(old)).isEmpty();
        Path cut = dir.resolve("cut-head.txt");
        java.nio.file.Files.writeString(cut, ReplayStateText.FORMAT + "\nbuilds\t5");
        assertThat(ReplayHead.read(cut)).as("no line break after the record").isEmpty();
        assertThat(ReplayHead.read(dir.resolve("no-such-file"))).isEmpty();
        // the second format, without the related builds' records, is read in full and by its head (a model saved
        // before them, which does not read those features)
        String second = good.replace(ReplayStateText.FORMAT, ReplayStateText.FORMAT_2).replaceAll("\n(push|pull)\t[^\n]*", "");
        assertThat(good).contains("\npush\tmaster\t");
        assertThat(second).doesNotContain("\npush\t");
        Path older = dir.resolve("second-format.txt");
        java.nio.file.Files.writeString(older, second);
        assertThat(ReplayHead.read(older)).isPresent();
        assertThat(ReplayState.parse(second.getBytes(StandardCharsets.UTF_8)).restore().related().pushes()).isEmpty();
        // the third, without the built commits, too (a model saved before the related-outcome rule)
        String third = good.replace(ReplayStateText.FORMAT, ReplayStateText.FORMAT_3).replaceAll("\nbuilt\t[^\n]*", "");
        assertThat(good).contains("\nbuilt\t" + TRAINED.get(4).commit() + "\t");
        assertThat(third).doesNotContain("\nbuilt\t");
        Path previous = dir.resolve("third-format.txt");
        java.nio.file.Files.writeString(previous, third);
        assertThat(ReplayHead.read(previous)).isPresent();
        HistoryState thirdState = ReplayState.parse(third.getBytes(StandardCharsets.UTF_8)).restore();
        assertThat(thirdState.related().commits()).isEmpty();
        assertThat(thirdState.related().pushes()).isNotEmpty();
        assertThat(ReplayState.parse(good.getBytes(StandardCharsets.UTF_8)).restore().related().commits())
                .as("read back in their order, oldest first").containsExactlyEntriesOf(
                        ReplayState.parse(good.getBytes(StandardCharsets.UTF_8)).related.commits());
        // the first format is still read in full (a model saved before the mark)
        assertThat(ReplayState.parse(good.replace(ReplayStateText.FORMAT, ReplayStateText.FORMAT_1)
                .replaceAll("\nhistory_prefix\t[^\n]*|\noutcomes\t[^\n]*", "").getBytes(StandardCharsets.UTF_8))
                .previousOutcomes()).isEmpty();
    }

    @Test
    void aChangeReadAheadFromAnotherBaseIsReadAgainFromTheReplayedOne() {
        try (GitRepo git = GitRepo.open(repo)) {
            FeatureExtractor extractor = new FeatureExtractor(git, Progress.SILENT);
            UpcomingBuild upcoming = extractor.start(new BuildHistory("now", ALL), next(NEXT.get(3)));
            org.eclipse.jgit.revwalk.RevCommit first = git.commit(TRAINED.get(0).commit()).orElseThrow();
            ChangeReader changes = new ChangeReader(git.reader());
            BuildChange fromFirst = upcoming.change(first, git.reader(), changes);
            BuildChange expected = BuildChange.read(git.reader(), new ChangeReader(git.reader()), first,
                    git.commit(NEXT.get(3)[0]).orElseThrow(), true, ShallowBoundary.NONE);
            assertThat(fromFirst).isEqualTo(expected);
            assertThat(fromFirst.commitsSince()).as("every commit since the first build's").isGreaterThan(50);
        }
    }

    @Test
    void theResumedFeaturesSeeWhatWasRecordedAfterTraining() {
        ReplayState saved = trainedOn(TRAINED);
        try (GitRepo git = GitRepo.open(repo)) {
            BuildHistory history = new BuildHistory("now", ALL);
            BuildFeatures merge = new FeatureExtractor(git, Progress.SILENT).next(history, next(NEXT.get(2)), Optional.of(saved));
            assertThat(merge.previous().orElseThrow().id()).isEqualTo("n5");
            assertThat(merge.raw(Feature.FAILURE_STREAK)).as("b59 errored, n1 and n5 broke; n2 was canceled, n4 on release")
                    .isEqualTo(3);
            BuildFeatures zoe = new FeatureExtractor(git, Progress.SILENT).next(
                    new BuildHistory("now", ALL.subList(0, TRAINED.size() + 1)), next(NEXT.get(0)), Optional.of(saved));
            assertThat(zoe.author()).isEqualTo("zoe@example.org");
            assertThat(zoe.raw(Feature.AUTHOR_EXPERIENCE)).as("zoe's only commit is this one").isZero();
            assertThat(zoe.raw(Feature.AUTHOR_RECENT_BUILDS)).as("n1").isEqualTo(1);
            BuildFeatures skewed = new FeatureExtractor(git, Progress.SILENT).next(history, next(NEXT.get(1)), Optional.of(saved));
            assertThat(skewed.previous().orElseThrow().id()).isEqualTo("n4");
            assertThat(skewed.previous().orElseThrow().sameBranch()).isTrue();
        }
    }

    @Test
    void aHistoryChangedInPlaceIsReplayedWhole() {
        ReplayState saved = trainedOn(TRAINED);
        List<Build> rewritten = new ArrayList<>(ALL);
        rewritten.set(5, rewritten.get(5).withOutcome(FAILED, rewritten.get(5).duration()));
        BuildHistory history = new BuildHistory("rewritten", rewritten);
        List<String> steps = new ArrayList<>();
        try (GitRepo git = GitRepo.open(repo)) {
            assertThat(saved.staleReason(history, git)).contains("the history's first " + TRAINED.size()
                    + " builds changed since");
            assertThat(saved.staleReason(new BuildHistory("short", ALL.subList(0, 10)), git)).get().asString()
                    .contains("fewer than the " + TRAINED.size() + " replayed");
            for (String[] n : NEXT) {
                BuildFeatures full = new FeatureExtractor(git, Progress.SILENT).next(history, next(n));
                assertSame(new FeatureExtractor(git, steps::add).next(history, next(n), Optional.of(saved)), full);
            }
        }
        assertThat(steps).allMatch(s -> s.contains("replaying all " + rewritten.size() + " builds (the model's saved "
                + "state does not apply: the history's first"));
    }

    @Test
    void anotherRepositoryIsNotResumedIn() {
        ReplayState saved = trainedOn(TRAINED);
        Path other = dir.resolve("other");
        String sha;
        try (GitFixture g = GitFixture.init(other)) {
            sha = g.commit("ann", h(1), files("a.txt", "a\n"));
        }
        try (GitRepo git = GitRepo.open(other)) {
            assertThat(saved.staleReason(new BuildHistory("now", ALL), git)).get().asString()
                    .contains("lacks commit").contains("(another repository?)");
            Build b = build("x", sha, "master", PASSED, h(600));
            List<Build> history = new ArrayList<>(TRAINED);
            assertSame(new FeatureExtractor(git, Progress.SILENT).next(new BuildHistory("h", history), b, Optional.of(saved)),
                    new FeatureExtractor(git, Progress.SILENT).next(new BuildHistory("h", history), b));
        }
    }

    @Test
    void aBuildCommitMissingAtTrainingAndFetchedSinceMakesTheStateStale() throws Exception {
        Path origin = dir.resolve("origin");
        Path clone = dir.resolve("clone");
        List<Build> builds = new ArrayList<>();
        try (GitFixture g = GitFixture.init(origin)) {
            builds.add(build("1", g.commit("ann", h(1), files("a.txt", "a\n")), "master", PASSED, h(1)));
            Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile()).call().close();
            builds.add(build("2", g.commit("ben", h(2), files("a.txt", "b\n")), "master", FAILED, h(2)));
            builds.add(build("3", builds.get(0).commit(), "master", PASSED, h(3))); // a rerun: the state ends here
        }
        ReplayState saved;
        try (GitRepo git = GitRepo.open(clone)) {
            Extraction e = new FeatureExtractor(git, Progress.SILENT).extract(new BuildHistory("h", builds));
            assertThat(e.missing()).extracting(Build::id).containsExactly("2");
            saved = ReplayState.parse(e.replay().bytes());
        }
        try (GitRepo git = GitRepo.open(origin)) {
            assertThat(saved.staleReason(new BuildHistory("h", builds), git)).get().asString()
                    .startsWith("build commit " + builds.get(1).commit() + ", missing then, is now in");
        }
        try (GitRepo git = GitRepo.open(clone)) {
            assertThat(saved.staleReason(new BuildHistory("h", builds), git)).isEmpty();
        }
    }

    @Test
    void theFileReadsBackToTheSameBytesAndKeepsTabsInPaths() {
        ReplayState saved = trainedOn(TRAINED);
        byte[] bytes = saved.bytes();
        assertThat(ReplayState.parse(bytes).bytes()).isEqualTo(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith(ReplayStateText.FORMAT + "\nbuilds\t" + TRAINED.size() + "\n");
        assertThat(text).contains("\tdir\\twith tab/x.txt");
        assertThat(saved.lastBuild()).isEqualTo(TRAINED.get(TRAINED.size() - 1).id());
        assertThat(saved.commitCount()).as("61 commits reach the trained builds").isEqualTo(61);
    }

    @Test
    void aDamagedFileNamesTheLine() {
        String good = new String(trainedOn(TRAINED.subList(0, 3)).bytes(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReplayState.parse(good.replace("\nall\t", "\nal\t").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(": al: unknown record 'al'")
                .hasMessageStartingWith("line ");
        // records after the counted commits (taken from the bytes as they are) keep their line numbers
        String[] lines = good.split("\n", -1);
        int commits = java.util.Arrays.asList(lines).indexOf(java.util.Arrays.stream(lines)
                .filter(l -> l.startsWith("commits\t")).findFirst().orElseThrow());
        assertThat(lines[commits + 1]).startsWith("times\t");
        lines[commits + 1] = "time" + lines[commits + 1].substring("times".length());
        assertThatThrownBy(() -> ReplayState.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("line " + (commits + 2) + ": time: unknown record 'time'");
        assertThatThrownBy(() -> ReplayState.parse(good.substring(0, good.length() - 1).getBytes(StandardCharsets.UTF_8)))
                .hasMessage("line " + (lines.length - 1) + ": the file ends without a line break");
        assertThatThrownBy(() -> ReplayState.parse("mlgate-buildrisk-replay-state/9\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("line 1: expected '" + ReplayStateText.FORMAT + "'");
        assertThatThrownBy(() -> ReplayState.parse((ReplayStateText.FORMAT + "\nbuilds\t3\n").getBytes(StandardCharsets.UTF_8)))
                .hasMessage("no 'last_build' record");
    }
}
