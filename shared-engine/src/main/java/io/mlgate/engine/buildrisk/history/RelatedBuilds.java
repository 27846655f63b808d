package io.mlgate.engine.buildrisk.history;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The builds a new build is related to, from the completed builds so far: its "related" build — for a pull-request
 * build, the previous completed build of the same pull request; for any other build, the previous completed build on
 * its branch that was not a pull-request build — and the latest earlier build of its commit, when the commit is
 * among the last {@value #COMMITS} built (as the history writes it: a full SHA in histories mlgate writes). CI systems record a pull request's builds under its target branch, so the
 * previous build on a branch is often another pull request's, whose outcome says less about a push than the
 * branch's own last push does; and a commit built before (pushed to a second branch, rebuilt by a schedule) mostly
 * ends as it did.
 */
public final class RelatedBuilds {
    /** How many of the commits built most recently are kept. */
    public static final int COMMITS = 1000;
    private final Map<String, BuildStatus> pushes = new HashMap<>();
    private final Map<Integer, BuildStatus> pullRequests = new HashMap<>();
    /** The latest completed build's outcome of each of the last {@link #COMMITS} commits built, oldest first. */
    private final LinkedHashMap<String, BuildStatus> commits = new LinkedHashMap<>();

    /** The outcome of {@code b}'s related build, or empty when it has none (or is a pull request without a number). */
    public Optional<BuildStatus> of(Build b) {
        if (b.isPullRequest()) {
            return b.pullRequest().isPresent()
                    ? Optional.ofNullable(pullRequests.get(b.pullRequest().getAsInt())) : Optional.empty();
        }
        return Optional.ofNullable(pushes.get(b.branch()));
    }

    /** The outcome of the latest completed build of {@code b}'s commit (as the history writes it), when one was kept. */
    public Optional<BuildStatus> sameCommit(Build b) {
        return Optional.ofNullable(commits.get(b.commit()));
    }

    /** Records a completed build (others are passed over). */
    public void record(Build b) {
        if (!b.status().isCompleted()) {
            return;
        }
        if (!b.isPullRequest()) {
            pushes.put(b.branch(), b.status());
        } else if (b.pullRequest().isPresent()) {
            pullRequests.put(b.pullRequest().getAsInt(), b.status());
        }
        builtCommit(b.commit(), b.status());
    }

    /** Records that a completed build of {@code commit} ended with {@code status} (the latest of it; for restoring). */
    public void builtCommit(String commit, BuildStatus status) {
        commits.remove(commit);
        commits.put(commit, status);
        if (commits.size() > COMMITS) {
            commits.remove(commits.keySet().iterator().next());
        }
    }

    /** Each branch's last push outcome, by branch (for saving and restoring; callers may add to it). */
    public Map<String, BuildStatus> pushes() {
        return pushes;
    }

    /** Each pull request's last outcome, by number (for saving and restoring; callers may add to it). */
    public Map<Integer, BuildStatus> pullRequests() {
        return pullRequests;
    }

    /** The kept commits' latest outcomes, oldest first (for saving; callers must not change it). */
    public Map<String, BuildStatus> commits() {
        return commits;
    }

    /** A copy that goes on from here without changing this one. */
    public RelatedBuilds copy() {
        RelatedBuilds c = new RelatedBuilds();
        c.pushes.putAll(pushes);
        c.pullRequests.putAll(pullRequests);
        c.commits.putAll(commits);
        return c;
    }
}
