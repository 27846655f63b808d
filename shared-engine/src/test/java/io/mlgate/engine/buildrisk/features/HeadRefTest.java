package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.buildrisk.GitFixture;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HEAD read from git's files gives JGit's answer in every plain case (a branch as a loose file or a line of
 * {@code packed-refs} among look-alike names, a detached HEAD, a linked work tree's own HEAD), and no answer where
 * JGit must decide (an unborn branch, a symbolic ref to another); {@link GitRepo} answers the same either way.
 */
class HeadRefTest {
    @TempDir
    Path dir;

    @Test
    void aBranchInALooseFileOrAPackedLineIsJGitsCommit() throws Exception {
        Path repo = dir.resolve("repo");
        String first;
        String second;
        try (GitFixture git = GitFixture.init(repo)) {
            first = git.commit("ann", GitFixture.T0, GitFixture.files("a.txt", "1\n"));
            git.branch("master-old");
            git.checkout("master");
            git.branch("x/master");
            git.checkout("master");
            second = git.commit("bob", GitFixture.T0.plusSeconds(60), GitFixture.files("a.txt", "2\n"));
        }
        assertThat(head(repo).branch()).contains("refs/heads/master");
        assertThat(head(repo).id()).contains(ObjectId.fromString(second));
        try (Git g = Git.open(repo.toFile())) {
            g.tag().setName("v1").setMessage("annotated: a peeled line follows it").setObjectId(
                    g.getRepository().parseCommit(ObjectId.fromString(first))).call();
            g.packRefs().setAll(true).call();
        }
        assertThat(repo.resolve(".git/refs/heads/master")).doesNotExist();
        String packed = Files.readString(repo.resolve(".git/packed-refs"), StandardCharsets.US_ASCII);
        assertThat(packed).contains(" refs/heads/master-old\n", " refs/heads/x/master\n", "\n^");
        assertThat(head(repo).id()).contains(ObjectId.fromString(second));
        try (GitRepo git = GitRepo.openForOneBuild(repo)) {
            assertThat(git.resolve("HEAD").name()).isEqualTo(second);
            assertThat(git.head()).contains(second);
            assertThat(git.currentBranch()).contains("master");
        }
        // a loose file written after packing wins over the packed line, as in git
        Files.writeString(repo.resolve(".git/refs/heads/master"), first + "\n");
        assertThat(head(repo).id()).contains(ObjectId.fromString(first));
        try (GitRepo git = GitRepo.openForOneBuild(repo)) {
            assertThat(git.resolve("HEAD").name()).isEqualTo(first);
        }
    }

    @Test
    void aDetachedHeadIsItsId() throws Exception {
        Path repo = dir.resolve("repo");
        String first;
        try (GitFixture git = GitFixture.init(repo)) {
            first = git.commit("ann", GitFixture.T0, GitFixture.files("a.txt", "1\n"));
            git.commit("bob", GitFixture.T0.plusSeconds(60), GitFixture.files("a.txt", "2\n"));
            git.checkout(first);
        }
        assertThat(head(repo).branch()).isEmpty();
        assertThat(head(repo).id()).contains(ObjectId.fromString(first));
        try (GitRepo git = GitRepo.openForOneBuild(repo)) {
            assertThat(git.resolve("HEAD").name()).isEqualTo(first);
            assertThat(git.currentBranch()).isEmpty();
        }
    }

    @Test
    void aLinkedWorkTreeReadsItsOwnHeadAndTheCommonRefs() throws Exception {
        Path repo = dir.resolve("repo");
        String first;
        String second;
        try (GitFixture git = GitFixture.init(repo)) {
            first = git.commit("ann", GitFixture.T0, GitFixture.files("a.txt", "1\n"));
            git.branch("feature");
            second = git.commit("bob", GitFixture.T0.plusSeconds(60), GitFixture.files("a.txt", "2\n"));
            git.checkout("master");
        }
        // the layout `git worktree add ../wt feature` leaves
        Path admin = Files.createDirectories(repo.resolve(".git/worktrees/wt"));
        Path tree = Files.createDirectories(dir.resolve("wt"));
        Files.writeString(admin.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(admin.resolve("commondir"), "../..\n");
        Files.writeString(admin.resolve("gitdir"), tree.resolve(".git") + "\n");
        Files.writeString(tree.resolve(".git"), "gitdir: " + admin + "\n");
        try (Repository r = new FileRepositoryBuilder().setGitDir(admin.toFile()).setMustExist(true).build()) {
            HeadRef head = HeadRef.of(r).orElseThrow();
            assertThat(head.branch()).contains("refs/heads/feature");
            assertThat(head.id()).contains(ObjectId.fromString(second)).contains(r.resolve("HEAD"));
        }
        assertThat(head(repo).id()).contains(ObjectId.fromString(first));
    }

    @Test
    void whatOnlyJGitCanTellIsLeftToIt() throws Exception {
        Path repo = dir.resolve("repo");
        String first;
        try (GitFixture git = GitFixture.init(repo)) {
            first = git.commit("ann", GitFixture.T0, GitFixture.files("a.txt", "1\n"));
        }
        // HEAD to a symbolic ref to the branch: JGit follows it
        Files.writeString(repo.resolve(".git/refs/heads/alias"), "ref: refs/heads/master\n");
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/alias\n");
        assertThat(head(repo).id()).isEmpty();
        try (GitRepo git = GitRepo.openForOneBuild(repo)) {
            assertThat(git.resolve("HEAD").name()).isEqualTo(first);
        }
        // a branch name beyond ASCII (a loose file of it would be named by its UTF-8 bytes): JGit reads it
        Files.write(repo.resolve(".git/packed-refs"), (first + " refs/heads/caf\u00e9\n").getBytes(StandardCharsets.UTF_8));
        Files.write(repo.resolve(".git/HEAD"), "ref: refs/heads/caf\u00e9\n".getBytes(StandardCharsets.UTF_8));
        assertThat(head(repo).id()).isEmpty(); // (whether JGit can, depends on the platform's file-name encoding)
        // an unborn branch: no commit, the same one-line error as before
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/nothing-yet\n");
        assertThat(head(repo).id()).isEmpty();
        try (GitRepo git = GitRepo.openForOneBuild(repo)) {
            assertThat(git.currentBranch()).contains("nothing-yet");
            assertThatThrownBy(() -> git.resolve("HEAD")).isInstanceOf(BadInputException.class)
                    .hasMessage(repo + ": unknown commit 'HEAD'");
        }
    }

    private static HeadRef head(Path repo) throws Exception {
        try (Repository r = new FileRepositoryBuilder().setGitDir(repo.resolve(".git").toFile()).build()) {
            Optional<HeadRef> head = HeadRef.of(r);
            assertThat(head).isPresent();
            return head.get();
        }
    }
}
