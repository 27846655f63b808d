package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.EngineClock;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.HistoryTail;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns builds into features in one pass over the history, oldest first. Each completed build is featured from the
 * state of the builds before it, then recorded into that state; canceled builds are passed over; a build whose
 * commit the repository lacks still records its outcome (the next builds know it) but gets no features.
 */
public final class FeatureExtractor {
    static final int COMMITS_CAP = 1000;
    private final GitRepo git;
    private final Progress progress;
    private final ChangeReader changes;

    private final int threads;

    /** Reads changes on up to four threads (as many as there are processors). */
    public FeatureExtractor(GitRepo git, Progress progress) {
        this(git, progress, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public FeatureExtractor(GitRepo git, Progress progress, int threads) {
        this.git = git;
        this.progress = progress;
        this.changes = new ChangeReader(git.reader());
        this.threads = Math.max(1, threads);
    }

    /** Features of every completed build whose commit is present. */
    public Extraction extract(BuildHistory history) {
        if (git.isShallow()) {
            throw new BadInputException(git.name() + " is a shallow clone: the features of a history's builds need the "
                    + "repository's whole history (" + ShallowBoundary.UNSHALLOW + ")");
        }
        long t0 = System.nanoTime();
        long cpu0 = EngineClock.threadCpuNanos();
        Set<String> absent = new HashSet<>();
        Map<String, RevCommit> present = presentCommits(history.builds(), absent);
        progress.step("features: " + present.size() + " distinct build commits found in " + git.name());
        AuthorIndex authors = AuthorIndex.build(git, new LinkedHashSet<>(present.values()));
        progress.step("features: authors of " + authors.commits() + " commits indexed");
        ParallelChanges.Result read = ParallelChanges.read(git.repository(), plan(history.builds(), present), threads);
        List<BuildChange> changes = read.changes();
        progress.step("features: " + changes.size() + " changes read on " + threads + " threads");
        HistoryState state = new HistoryState();
        List<BuildFeatures> out = new ArrayList<>();
        List<Build> missing = new ArrayList<>();
        List<Build> builds = history.builds();
        int last = lastFeatured(builds, present);
        ReplayState replay = last < 0 ? ReplayState.capture(List.of(), state, authors, List.of(), Map.of()) : null;
        int canceled = 0;
        int k = 0;
        for (int i = 0; i < builds.size(); i++) {
            Build b = builds.get(i);
            if (!b.status().isCompleted()) {
                canceled++;
                continue;
            }
            RevCommit c = present.get(b.commit());
            if (c == null) {
                missing.add(b);
                state.record(b, b.startedAt().orElse(null), null, null, null);
                continue;
            }
            BuildChange change = changes.get(k++);
            BuildFeatures f = FeatureVector.of(state, b, c, time(b, c), change.stats(), authors, change.commitsSince());
            out.add(f);
            state.record(b, time(b, c), c, f.author(), b.status().isBroken() ? change.stats().paths() : null);
            if (i == last) {
                // the state stands after the last featured build: a prediction replays the builds after it
                List<Build> replayed = builds.subList(0, i + 1);
                replay = ReplayState.capture(replayed, state, authors, absentAmong(replayed, absent),
                        abbreviated(present));
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        Duration cpu = Duration.ofNanos(EngineClock.threadCpuNanos() - cpu0 + read.workerCpuNanos());
        return new Extraction(out, missing, canceled, elapsed, cpu, replay);
    }

    /**
     * Each featured build's commit and base, in history order: the base is the last built commit on the build's
     * branch, else the last built commit overall ({@link HistoryState#base} decides the same during the walk).
     */
    private static List<ParallelChanges.Task> plan(List<Build> builds, Map<String, RevCommit> present) {
        Map<String, RevCommit> lastOnBranch = new HashMap<>();
        RevCommit last = null;
        List<ParallelChanges.Task> tasks = new ArrayList<>();
        for (Build b : builds) {
            RevCommit c = b.status().isCompleted() ? present.get(b.commit()) : null;
            if (c != null) {
                tasks.add(new ParallelChanges.Task(lastOnBranch.getOrDefault(b.branch(), last), c));
                lastOnBranch.put(b.branch(), c);
                last = c;
            }
        }
        return tasks;
    }

    /**
     * Features of {@code next}, a build about to run after every build in {@code history}. Replays the history
     * lightly: outcomes and authors for all builds, changed files only for the recent broken builds.
     */
    public BuildFeatures next(BuildHistory history, Build next) {
        return next(history, next, Optional.empty());
    }

    /**
     * Features of {@code next}, replaying only the builds after those {@code saved} replayed when it still describes
     * the start of {@code history} in this repository ({@link ReplayState#staleReason}), else the whole history as
     * {@link #next(BuildHistory, Build)} does. Both give the same features.
     */
    public BuildFeatures next(BuildHistory history, Build next, Optional<ReplayState> saved) {
        return next(start(history, next), saved);
    }

    /**
     * Starts featuring {@code next}: resolves its commit and starts reading its change on a second thread, while
     * the caller does other work (loads the model); {@link #next(UpcomingBuild, Optional)} finishes.
     */
    public UpcomingBuild start(BuildHistory history, Build next) {
        return start(HistoryTail.of(history), Optional.empty(), next);
    }

    /**
     * {@link #start(BuildHistory, Build)} for the rows of a history file read after those a replay state covers
     * ({@link HistoryTail}; {@code before}: that state's head, which names the base when the rows name none), or
     * for all of them.
     */
    public UpcomingBuild start(HistoryTail history, Optional<ReplayHead> before, Build next) {
        RevCommit head = git.commit(next.commit()).orElseThrow(() ->
                new BadInputException(git.name() + ": unknown commit '" + next.commit() + "'"));
        return UpcomingBuild.start(git, history, before, next, head);
    }

    /** Features of the build {@link #start} began with, as {@link #next(BuildHistory, Build, Optional)} says. */
    public BuildFeatures next(UpcomingBuild upcoming, Optional<ReplayState> saved) {
        try {
            return features(upcoming, saved);
        } finally {
            upcoming.abandon(); // at once when the change was taken; else (an error) the second thread ends first
        }
    }

    private BuildFeatures features(UpcomingBuild upcoming, Optional<ReplayState> saved) {
        Build next = upcoming.build();
        RevCommit head = upcoming.head();
        Optional<String> staleness = staleReason(saved, upcoming.history());
        if (staleness.isPresent() && upcoming.history().skipped() > 0) {
            upcoming.readWhole(); // the rows the state covers are replayed after all
            staleness = staleReason(saved, upcoming.history());
        }
        HistoryTail read = upcoming.history();
        Optional<String> stale = staleness;
        Optional<ReplayState> resume = stale.isPresent() ? Optional.empty() : saved;
        ShallowBoundary boundary = git.boundary();
        if (boundary.isShallow() && resume.isEmpty()) {
            throw new BadInputException(git.name() + " is a shallow clone, and " + saved.map(s -> "the model's saved "
                    + "replay state does not apply (" + stale.orElseThrow() + ")").orElse("the model has no saved "
                    + "replay state") + ": replaying the whole history needs all of it (" + ShallowBoundary.UNSHALLOW
                    + ")");
        }
        // builds.get(i) is row skipped + i of the history file
        List<Build> builds = read.builds().builds();
        int from = resume.map(ReplayState::builds).orElse(0) - read.skipped();
        progress.step(resume.isPresent()
                ? "features: replaying the " + (builds.size() - from) + " builds after build "
                        + resume.get().lastBuild() + " (the model's saved state covers the " + (from + read.skipped()) + " before"
                        + (read.skipped() > 0 ? ", which were not read" : "") + ")"
                : "features: replaying all " + builds.size() + " builds" + saved.map(s -> " (the model's saved state "
                        + "does not apply: " + stale.orElse("") + ")").orElse(""));
        Set<Integer> keepFiles = lastBroken(builds, RecentFailures.WINDOW);
        HistoryState state = resume.map(ReplayState::restore).orElseGet(HistoryState::new);
        Set<RevCommit> tips = new LinkedHashSet<>();
        int lacking = 0;
        for (int i = from; i < builds.size(); i++) {
            Build b = builds.get(i);
            if (!b.status().isCompleted()) {
                continue;
            }
            RevCommit c = git.commit(b.commit()).orElse(null);
            if (c == null) {
                lacking++;
                state.record(b, b.startedAt().orElse(null), null, null, null);
                continue;
            }
            tips.add(c);
            Set<String> paths = keepFiles.contains(i) ? BuildChange.read(git.reader(), changes, state.base(b.branch()),
                    c, false, boundary).stats().paths() : null;
            state.record(b, time(b, c), c, AuthorIndex.author(c), paths);
        }
        if (boundary.isShallow() && lacking > 0) {
            progress.step("features: this shallow clone lacks the commits of " + lacking + " of the builds since the "
                    + "model's saved state; they count as builds without a commit, as in any clone that lacks them");
        }
        tips.add(head);
        AuthorIndex authors = resume.isPresent() ? resume.get().authors(git, AuthorIndex.author(head), tips)
                : AuthorIndex.build(git, tips);
        BuildChange change = upcoming.change(state.base(next.branch()), git.reader(), changes);
        return FeatureVector.of(state, next, head, time(next, head), change.stats(), authors, change.commitsSince());
    }

    /** The index of the last completed build whose commit is present (the last one featured), -1 when none is. */
    private static int lastFeatured(List<Build> builds, Map<String, RevCommit> present) {
        for (int i = builds.size() - 1; i >= 0; i--) {
            if (builds.get(i).status().isCompleted() && present.containsKey(builds.get(i).commit())) {
                return i;
            }
        }
        return -1;
    }

    /** The commits of {@code absent} that completed builds among {@code builds} name. */
    private static Set<String> absentAmong(List<Build> builds, Set<String> absent) {
        Set<String> out = new HashSet<>();
        for (Build b : builds) {
            if (b.status().isCompleted() && absent.contains(b.commit())) {
                out.add(b.commit());
            }
        }
        return out;
    }

    private Optional<String> staleReason(Optional<ReplayState> saved, HistoryTail read) {
        return saved.flatMap(s -> s.staleReason(read, git));
    }

    private Map<String, RevCommit> presentCommits(List<Build> builds, Set<String> absent) {
        Map<String, RevCommit> present = new HashMap<>();
        for (Build b : builds) {
            if (b.status().isCompleted() && !present.containsKey(b.commit()) && !absent.contains(b.commit())) {
                git.commit(b.commit()).ifPresentOrElse(c -> present.put(b.commit(), c), () -> absent.add(b.commit()));
            }
        }
        return present;
    }

    /** The build commits written abbreviated, and the commit each named. */
    private static Map<String, ObjectId> abbreviated(Map<String, RevCommit> present) {
        Map<String, ObjectId> out = new HashMap<>();
        present.forEach((sha, c) -> {
            if (!sha.equals(c.name())) {
                out.put(sha, c.copy());
            }
        });
        return out;
    }

    private static Set<Integer> lastBroken(List<Build> builds, int n) {
        Set<Integer> idx = new HashSet<>();
        for (int i = builds.size() - 1; i >= 0 && idx.size() < n; i--) {
            if (builds.get(i).status().isBroken()) {
                idx.add(i);
            }
        }
        return idx;
    }

    private static Instant time(Build b, RevCommit c) {
        return b.startedAt().orElse(Instant.ofEpochSecond(c.getCommitTime()));
    }
}
