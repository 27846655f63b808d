package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.GitFixture;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large change's line counting shared with a waiting thread gives exactly the figures of one thread counting
 * alone, whoever counts which file; a small change is not offered at all.
 */
class SharedLineCountTest {
    @TempDir
    static Path dir;
    static String base;
    static String large;
    static String small;

    @BeforeAll
    static void repository() {
        try (GitFixture g = GitFixture.init(dir)) {
            Map<String, String> first = new java.util.LinkedHashMap<>();
            for (int i = 0; i < 30; i++) {
                first.put("src/main/java/p" + (i % 4) + "/C" + i + ".java", GitFixture.lines(0, 40 + i));
            }
            first.put("pom.xml", "<project>\n  <dependency><artifactId>a</artifactId><version>1</version></dependency>\n</project>\n");
            first.put("yarn.lock", "a@1\n");
            first.put("docs/old.md", "old\n");
            base = g.commit("ann", GitFixture.T0, first);
            Map<String, String> change = new java.util.LinkedHashMap<>();
            for (int i = 0; i < 30; i += 2) { // modified: lines replaced in the middle and appended
                change.put("src/main/java/p" + (i % 4) + "/C" + i + ".java", GitFixture.lines(0, 10) + "changed " + i
                        + "\n" + GitFixture.lines(12, 60 + i));
            }
            for (int i = 0; i < 6; i++) {
                change.put("src/test/java/T" + i + "Test.java", GitFixture.lines(0, 5 + i)); // added
            }
            change.put("src/main/java/p1/C1.java", null); // deleted
            change.put("pom.xml", "<project>\n  <dependency><artifactId>a</artifactId><version>2</version></dependency>\n</project>\n");
            change.put("yarn.lock", "a@2\n");
            change.put("docs/old.md", null);
            change.put("img/logo.bin", "PNG\u0000\u0001binary\n");
            large = g.commit("bob", GitFixture.T0.plus(Duration.ofHours(1)), change);
            small = g.commit("bob", GitFixture.T0.plus(Duration.ofHours(2)),
                    GitFixture.files("src/main/java/p0/C0.java", "one line\n"));
        }
    }

    @Test
    void aHelperCountingBesideTheReadingThreadChangesNothing() throws Exception {
        try (GitRepo git = GitRepo.open(dir)) {
            RevCommit from = git.commit(base).orElseThrow();
            RevCommit to = git.commit(large).orElseThrow();
            ChangeStats alone = new ChangeReader(git.reader()).read(from.getTree(), to.getTree(), true);
            assertThat(alone.files()).isEqualTo(15 + 6 + 1 + 4);
            assertThat(alone.dependencyFiles()).containsExactly("pom.xml", "yarn.lock");
            for (int round = 0; round < 20; round++) {
                SharedLineCount shared = new SharedLineCount();
                ChangeStats[] withHelp = new ChangeStats[1];
                Thread reading = new Thread(() -> {
                    try (ObjectReader r = git.repository().newObjectReader()) {
                        withHelp[0] = new ChangeReader(r, shared).read(from.getTree(), to.getTree(), true);
                    } finally {
                        shared.close();
                    }
                });
                reading.start();
                shared.help(git.repository());
                reading.join();
                assertThat(withHelp[0]).as("round %d", round).isEqualTo(alone);
            }
        }
    }

    @Test
    void filesLandByIndexWhoeverTakesThem() throws Exception {
        try (GitRepo git = GitRepo.open(dir)) {
            RevCommit from = git.commit(base).orElseThrow();
            RevCommit to = git.commit(large).orElseThrow();
            List<ChangeReader.Pending> files = new ArrayList<>();
            try (org.eclipse.jgit.treewalk.TreeWalk tw = new org.eclipse.jgit.treewalk.TreeWalk(git.reader())) {
                tw.addTree(from.getTree());
                tw.addTree(to.getTree());
                tw.setRecursive(true);
                tw.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
                while (tw.next()) {
                    files.add(new ChangeReader.Pending(tw.getFileMode(0), tw.getObjectId(0), tw.getFileMode(1),
                            tw.getObjectId(1), FileClassifier.isManifest(tw.getPathString())));
                }
            }
            ChangeReader one = new ChangeReader(git.reader());
            int[][] expected = new int[files.size()][];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = one.lines(files.get(i));
            }
            // the helper takes every file before the reading thread starts: the reading thread only collects
            SharedLineCount.Work work = new SharedLineCount.Work(files);
            work.run(new ChangeReader(git.reader()));
            assertThat(work.unclaimed()).isFalse();
            work.run(new ChangeReader(git.reader()));
            assertThat(work.await()).isEqualTo(expected);
        }
    }

    @Test
    void aSmallChangeIsNotOfferedAndTheHelperReturnsWhenItIsRead() throws Exception {
        try (GitRepo git = GitRepo.open(dir)) {
            RevCommit from = git.commit(large).orElseThrow();
            RevCommit to = git.commit(small).orElseThrow();
            SharedLineCount shared = new SharedLineCount();
            ChangeStats stats;
            try (ObjectReader r = git.repository().newObjectReader()) {
                stats = new ChangeReader(r, shared).read(from.getTree(), to.getTree(), true);
            } finally {
                shared.close();
            }
            assertThat(stats.files()).isOne();
            assertThat(stats.linesAdded()).isOne();
            shared.help(git.repository()); // nothing offered, the change done: returns at once
        }
    }
}
