package io.mlgate.engine.train;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.nio.file.Path;

/** Reads HEAD, branch and the dirty flag of the repository around a directory with JGit; never fails a run. */
public final class GitStateReader {
    private GitStateReader() {
    }

    public static GitState read(Path dir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(dir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return GitState.unknown("not inside a git repository: " + dir.toAbsolutePath());
        }
        try (Repository repo = builder.setMustExist(true).build(); Git git = new Git(repo)) {
            ObjectId head = repo.resolve("HEAD");
            if (head == null) {
                return new GitState(null, repo.getBranch(), null, "repository has no commit yet");
            }
            String branch = repo.getFullBranch() != null && repo.getFullBranch().startsWith("refs/heads/")
                    ? repo.getBranch() : null;
            Status status = git.status().call();
            boolean dirty = !status.isClean();
            return new GitState(head.name(), branch, dirty, "read with JGit from " + repo.getDirectory()
                    + (dirty ? "; uncommitted changes: " + changed(status) : ""));
        } catch (Exception e) {
            return GitState.unknown("cannot read the git repository: " + e.getMessage());
        }
    }

    private static String changed(Status s) {
        int n = s.getUncommittedChanges().size() + s.getUntracked().size();
        return n + (n == 1 ? " path" : " paths");
    }
}
