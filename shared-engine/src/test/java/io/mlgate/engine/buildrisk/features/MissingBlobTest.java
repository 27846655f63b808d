package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.GitFixture;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.mlgate.engine.buildrisk.GitFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** A repository that lacks a blob (a partial clone, a trimmed snapshot): the file counts as changed, without lines. */
class MissingBlobTest {
    @TempDir
    Path dir;

    @Test
    void aMissingBlobIsAChangedFileWithoutLines() throws Exception {
        Path repo = dir.resolve("repo");
        String c1;
        String c2;
        try (GitFixture g = GitFixture.init(repo)) {
            c1 = g.commit("ann", T0, GitFixture.files("big.txt", GitFixture.lines(0, 3), "a.txt", "a\n"));
            c2 = g.commit("ann", T0.plusSeconds(60), GitFixture.files("big.txt", GitFixture.lines(0, 9), "a.txt", "a\nb\n"));
        }
        ObjectId blob;
        try (Git git = Git.open(repo.toFile());
             TreeWalk tw = TreeWalk.forPath(git.getRepository(), "big.txt",
                     git.getRepository().parseCommit(ObjectId.fromString(c2)).getTree())) {
            blob = tw.getObjectId(0);
        }
        String hex = blob.name();
        Files.delete(repo.resolve(".git/objects").resolve(hex.substring(0, 2)).resolve(hex.substring(2)));
        try (GitRepo git = GitRepo.open(repo)) {
            Extraction e = new FeatureExtractor(git, Progress.SILENT).extract(new BuildHistory("h", List.of(
                    GitFixture.build("1", c1, "master", BuildStatus.PASSED, T0.plusSeconds(30)),
                    GitFixture.build("2", c2, "master", BuildStatus.PASSED, T0.plusSeconds(90)))));
            BuildFeatures b = e.features().get(1);
            assertThat(b.raw(Feature.FILES_CHANGED)).isEqualTo(2);
            assertThat(b.raw(Feature.LINES_ADDED)).as("only a.txt's line is counted").isEqualTo(1);
        }
    }
}
