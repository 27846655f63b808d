package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.RelatedBuilds;
import org.eclipse.jgit.lib.ObjectId;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the completed builds so far say, updated once per build in history order: per branch and overall (last
 * outcome, failure streak, recent failure rate, last built commit and time), per author (recent outcomes), the
 * files of recent failures, and each build's related builds (each branch's last push, each pull request's last
 * build, the latest outcome of each recent commit). Features of a build are
 * read from this state before the build is recorded into it.
 */
final class HistoryState {
    static final int AUTHOR_RECENT = 10;
    private final Map<String, BranchState> branches = new HashMap<>();
    private final BranchState all = new BranchState();
    private final Map<String, Recent> authors = new HashMap<>();
    private final RecentFailures failures = new RecentFailures();
    private final RelatedBuilds related = new RelatedBuilds();

    /** The branch's state, or the state of all branches together when the branch has no completed build yet. */
    BranchState branchOrAll(String branch) {
        BranchState b = branches.get(branch);
        return b != null && b.lastStatus != null ? b : all;
    }

    /** Whether {@link #branchOrAll} answers for the branch itself. */
    boolean knowsBranch(String branch) {
        return branches.containsKey(branch);
    }

    /** The commit a new build's change is measured from: the branch's last built commit, else the last one overall. */
    ObjectId base(String branch) {
        BranchState b = branches.get(branch);
        return b != null && b.lastCommit != null ? b.lastCommit : all.lastCommit;
    }

    Recent author(String author) {
        return author == null ? new Recent(AUTHOR_RECENT) : authors.getOrDefault(author, new Recent(AUTHOR_RECENT));
    }

    RecentFailures failures() {
        return failures;
    }

    /** Each branch's last push, each pull request's last build and recent commits' outcomes ({@link RelatedBuilds}). */
    RelatedBuilds related() {
        return related;
    }

    /** Every branch with a completed build, by name (for saving; callers must not change it). */
    Map<String, BranchState> branches() {
        return branches;
    }

    /** The state of all branches together. */
    BranchState all() {
        return all;
    }

    /** Each author's recent outcomes, by e-mail (for saving and restoring). */
    Map<String, Recent> authors() {
        return authors;
    }

    /** The branch's state, made empty when the branch has none yet (for restoring). */
    BranchState branch(String name) {
        return branches.computeIfAbsent(name, k -> new BranchState());
    }

    /**
     * Records a completed build.
     *
     * @param commit its commit, or null when the repository does not have it
     * @param author its commit's author, or null when unknown
     * @param paths  its changed files, or null when not read (only broken builds' files are kept)
     */
    void record(Build b, Instant time, ObjectId commit, String author, Set<String> paths) {
        if (!b.status().isCompleted()) {
            return;
        }
        branches.computeIfAbsent(b.branch(), k -> new BranchState()).record(b.id(), b.status(), time, commit);
        all.record(b.id(), b.status(), time, commit);
        related.record(b);
        if (author != null) {
            authors.computeIfAbsent(author, a -> new Recent(AUTHOR_RECENT)).add(b.status().isBroken());
        }
        if (b.status().isBroken()) {
            failures.addFailure(paths == null ? Set.of() : paths);
        }
    }
}
