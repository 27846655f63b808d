package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import org.eclipse.jgit.revwalk.RevCommit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns builds into features in one pass over the history, oldest first. Each completed build is featured from the
 * state of the builds before it, then recorded into that state; canceled builds are passed over; a build whose
 * commit the repository lacks still records its outcome (the next builds know it) but gets no features.
 */
public final class FeatureExtractor {
    static final int COMMITS_CAP = 1000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final GitRepo git;
    private final Progress progress;
    private final ChangeReader changes;

    public FeatureExtractor(GitRepo git, Progress progress) {
        this.git = git;
        this.progress = progress;
        this.changes = new ChangeReader(git.reader());
    }

    /** Features of every completed build whose commit is present. */
    public Extraction extract(BuildHistory history) {
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        Map<String, RevCommit> present = presentCommits(history.builds());
        progress.step("features: " + present.size() + " distinct build commits found in " + git.name());
        AuthorIndex authors = AuthorIndex.build(git, new LinkedHashSet<>(present.values()));
        progress.step("features: authors of " + authors.commits() + " commits indexed");
        HistoryState state = new HistoryState();
        List<BuildFeatures> out = new ArrayList<>();
        List<Build> missing = new ArrayList<>();
        int canceled = 0;
        for (Build b : history.builds()) {
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
            ChangeStats change = change(state, b.branch(), c, true);
            BuildFeatures f = features(state, b, c, change, authors);
            out.add(f);
            state.record(b, time(b, c), c, f.author(), b.status().isBroken() ? change.paths() : null);
            if (out.size() % 1000 == 0) {
                progress.step("features: " + out.size() + " builds");
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        Duration cpu = Duration.ofNanos(CPU.getCurrentThreadCpuTime() - cpu0);
        return new Extraction(out, missing, canceled, elapsed, cpu);
    }

    /**
     * Features of {@code next}, a build about to run after every build in {@code history}. Replays the history
     * lightly: outcomes and authors for all builds, changed files only for the recent broken builds.
     */
    public BuildFeatures next(BuildHistory history, Build next) {
        RevCommit head = git.commit(next.commit()).orElseThrow(() ->
                new BadInputException(git.name() + ": unknown commit '" + next.commit() + "'"));
        List<Build> builds = history.builds();
        Set<Integer> keepFiles = lastBroken(builds, RecentFailures.WINDOW);
        HistoryState state = new HistoryState();
        Set<RevCommit> tips = new LinkedHashSet<>();
        for (int i = 0; i < builds.size(); i++) {
            Build b = builds.get(i);
            if (!b.status().isCompleted()) {
                continue;
            }
            RevCommit c = git.commit(b.commit()).orElse(null);
            if (c == null) {
                state.record(b, b.startedAt().orElse(null), null, null, null);
                continue;
            }
            tips.add(c);
            Set<String> paths = keepFiles.contains(i) ? change(state, b.branch(), c, false).paths() : null;
            state.record(b, time(b, c), c, AuthorIndex.author(c), paths);
        }
        tips.add(head);
        AuthorIndex authors = AuthorIndex.build(git, tips);
        return features(state, next, head, change(state, next.branch(), head, true), authors);
    }

    private Map<String, RevCommit> presentCommits(List<Build> builds) {
        Map<String, RevCommit> present = new HashMap<>();
        Set<String> absent = new HashSet<>();
        for (Build b : builds) {
            if (b.status().isCompleted() && !present.containsKey(b.commit()) && !absent.contains(b.commit())) {
                git.commit(b.commit()).ifPresentOrElse(c -> present.put(b.commit(), c), () -> absent.add(b.commit()));
            }
        }
        return present;
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

    /** The change since the last built commit (their merge base), else since the first parent. */
    private ChangeStats change(HistoryState state, String branch, RevCommit c, boolean countLines) {
        RevCommit base = state.base(branch);
        RevCommit from = base == null ? null : git.mergeBase(base, c);
        if (from == null) {
            from = c.getParentCount() > 0 ? git.commit(c.getParent(0).name()).orElse(null) : null;
        }
        if (from != null && from.equals(c)) {
            return ChangeStats.NONE;
        }
        return changes.read(from == null ? null : from.getTree(), c.getTree(), countLines);
    }

    private static Instant time(Build b, RevCommit c) {
        return b.startedAt().orElse(Instant.ofEpochSecond(c.getCommitTime()));
    }

    private BuildFeatures features(HistoryState state, Build b, RevCommit c, ChangeStats change, AuthorIndex authors) {
        return FeatureVector.of(state, b, c, time(b, c), change, authors,
                git.commitsBetween(state.base(b.branch()), c, COMMITS_CAP));
    }
}
