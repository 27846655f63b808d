package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.HistoryMark;
import io.mlgate.engine.buildrisk.history.HistoryTail;
import io.mlgate.engine.buildrisk.history.PreviousOutcomes;
import io.mlgate.engine.buildrisk.history.RelatedBuilds;
import io.mlgate.engine.buildrisk.history.RelatedOutcomes;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a replay of a history stood after its last featured build (the last training build), saved with a model by
 * {@code train} so that {@code predict} reads and replays only the builds recorded since: the running state (per
 * branch, per author, the recent failures' files), every author's commit times and the commits they were counted
 * from, the replayed builds' previous-outcome counts, and what ties the state to its history and repository (the
 * builds' digest, the mark of their rows in the history file, the commits that reach every counted one, the build
 * commits the repository lacked). {@link #staleReason} says when it no longer applies; then the whole history is
 * replayed.
 */
public final class ReplayState {
    /** One branch's state (or, with a null name, all branches'). */
    record Branch(String name, String lastBuildId, BuildStatus lastStatus, Instant lastTime, int streak,
                  ObjectId lastCommit, List<Boolean> recent) {
    }

    /**
     * Each branch's last push outcome, each pull request's last outcome and the latest outcome of each of the last
     * commits built, oldest first ({@link RelatedBuilds}); all empty in a state saved before they were kept (its model
     * does not read them).
     */
    record Related(Map<String, BuildStatus> pushes, Map<Integer, BuildStatus> pullRequests,
                   Map<String, BuildStatus> commits) {
        Related {
            pushes = Collections.unmodifiableMap(new TreeMap<>(pushes));
            pullRequests = Collections.unmodifiableMap(new TreeMap<>(pullRequests));
            commits = Collections.unmodifiableMap(new LinkedHashMap<>(commits));
        }

        static Related of(RelatedBuilds r) {
            return new Related(r.pushes(), r.pullRequests(), r.commits());
        }

        /** Restores these into {@code r}, an empty one. */
        void into(RelatedBuilds r) {
            r.pushes().putAll(pushes);
            r.pullRequests().putAll(pullRequests);
            commits.forEach(r::builtCommit);
        }
    }

    private static final int NAME = 40;
    final int builds;
    final String lastBuild;
    final String historySha256;
    /** The replayed rows' bytes in the history file, when train could mark them. */
    final Optional<HistoryMark> mark;
    /**
     * The replayed builds counted by the previous outcome, {after passing: builds, broken, after broken: builds,
     * broken} ({@link PreviousOutcomes}); null in a state saved before they were kept.
     */
    final int[] outcomes;
    final List<ObjectId> frontier;
    final List<String> missing;
    final Map<String, ObjectId> abbreviated;
    final List<Branch> branches;
    final Related related;
    final Map<String, List<Boolean>> authors;
    final List<List<String>> failures;
    /** Every counted commit's name, sorted, one after another (40 characters each; searched without splitting). */
    final String commits;
    /** Each author's commit times: seconds since the epoch, sorted, comma-separated (parsed only when asked). */
    final Map<String, String> times;

    ReplayState(int builds, String lastBuild, String historySha256, Optional<HistoryMark> mark, int[] outcomes,
                List<ObjectId> frontier, List<String> missing, Map<String, ObjectId> abbreviated, List<Branch> branches,
                Related related, Map<String, List<Boolean>> authors, List<List<String>> failures, String commits,
                Map<String, String> times) {
        this.builds = builds;
        this.lastBuild = lastBuild;
        this.historySha256 = historySha256;
        this.mark = mark;
        if (outcomes != null && outcomes.length != 4) {
            throw new IllegalArgumentException("the outcome counts are 4 numbers");
        }
        this.outcomes = outcomes == null ? null : outcomes.clone();
        this.frontier = List.copyOf(frontier);
        this.missing = List.copyOf(missing);
        this.abbreviated = Collections.unmodifiableMap(new TreeMap<>(abbreviated));
        this.branches = List.copyOf(branches);
        this.related = related;
        this.authors = Collections.unmodifiableMap(new TreeMap<>(authors));
        this.failures = List.copyOf(failures);
        if (commits.length() % NAME != 0) {
            throw new IllegalArgumentException("the counted commits are not names of " + NAME + " hex digits");
        }
        this.commits = commits;
        this.times = Collections.unmodifiableMap(new TreeMap<>(times));
    }

    /** The state after replaying {@code builds}, the first builds of a history. */
    static ReplayState capture(List<Build> builds, HistoryState state, AuthorIndex authors, Collection<String> missing,
                               Map<String, ObjectId> abbreviated) {
        List<Branch> branches = new ArrayList<>();
        branches.add(branch(null, state.all()));
        new TreeMap<>(state.branches()).forEach((name, b) -> branches.add(branch(name, b)));
        Map<String, List<Boolean>> byAuthor = new TreeMap<>();
        state.authors().forEach((a, r) -> byAuthor.put(a, r.outcomes()));
        List<List<String>> failures = new ArrayList<>();
        state.failures().failures().forEach(f -> failures.add(f.stream().sorted().toList()));
        String commits = String.join("", authors.walked().stream().map(ObjectId::name).sorted().toList());
        Map<String, String> times = new TreeMap<>();
        authors.times().forEach((a, t) -> {
            StringBuilder s = new StringBuilder();
            for (long x : t) {
                s.append(s.length() == 0 ? "" : ",").append(x);
            }
            times.put(a, s.toString());
        });
        PreviousOutcomes walk = PreviousOutcomes.after(builds);
        int[] counts = {walk.builds()[0], walk.broken()[0], walk.builds()[1], walk.broken()[1]};
        return new ReplayState(builds.size(), builds.isEmpty() ? "" : builds.get(builds.size() - 1).id(),
                HistoryDigest.of(builds), Optional.empty(), counts, authors.frontier(),
                missing.stream().sorted().toList(), abbreviated, branches,
                Related.of(state.related()), byAuthor, failures, commits, times);
    }

    /** This state with the mark of its replayed rows in the history file they were read from. */
    public ReplayState marked(HistoryMark m) {
        if (m.rows() != builds) {
            throw new IllegalArgumentException("a mark of " + m.rows() + " rows for a state of " + builds + " builds");
        }
        return new ReplayState(builds, lastBuild, historySha256, Optional.of(m), outcomes, frontier, missing,
                abbreviated, branches, related, authors, failures, commits, times);
    }

    /** The mark of the replayed rows in the history file, when train could take it. */
    public Optional<HistoryMark> mark() {
        return mark;
    }

    /**
     * The previous-outcome walk over the replayed builds as it stood after them (each branch's last outcome, the
     * counts); empty for a state saved before the counts were kept.
     */
    public Optional<PreviousOutcomes> previousOutcomes() {
        if (outcomes == null) {
            return Optional.empty();
        }
        Map<String, Boolean> onBranch = new TreeMap<>();
        Boolean overall = null;
        for (Branch b : branches) {
            if (b.lastStatus() == null) {
                continue;
            }
            if (b.name() == null) {
                overall = b.lastStatus().isBroken();
            } else {
                onBranch.put(b.name(), b.lastStatus().isBroken());
            }
        }
        return Optional.of(PreviousOutcomes.resume(onBranch, overall, new int[]{outcomes[0], outcomes[2]},
                new int[]{outcomes[1], outcomes[3]}));
    }

    /**
     * The walk of both the previous-outcome baseline and the related-outcome rule over the replayed builds as it
     * stood after them; empty for a state saved before the counts were kept.
     */
    public Optional<RelatedOutcomes> relatedOutcomes() {
        return previousOutcomes().map(p -> {
            RelatedBuilds r = new RelatedBuilds();
            related.into(r);
            return RelatedOutcomes.resume(p, r);
        });
    }

    private static Branch branch(String name, BranchState b) {
        return new Branch(name, b.lastBuildId, b.lastStatus, b.lastTime, b.streak,
                b.lastCommit == null ? null : b.lastCommit.copy(), b.recent.outcomes());
    }

    /** How many builds of the history (canceled included) this state has replayed. */
    public int builds() {
        return builds;
    }

    /** The id of the last of them. */
    public String lastBuild() {
        return lastBuild;
    }

    /** This state in its file format ({@link ReplayStateText}). */
    public byte[] bytes() {
        return ReplayStateText.write(this);
    }

    /** Reads a state written by {@link #bytes()}; an {@link IllegalArgumentException} names the line it cannot read. */
    public static ReplayState parse(byte[] bytes) {
        return ReplayStateText.read(bytes);
    }

    /**
     * Why this state does not describe the start of {@code history} in {@code git}, or empty when it does: the history
     * must begin with the replayed builds, unchanged; the repository must hold the commits the counted ones were
     * reached from, must still lack the build commits it lacked and resolve abbreviated ones alike. A shallow clone
     * must hold one of the commits the counted ones were reached from (a clone of one branch lacks the others' tips);
     * what it must hold besides is checked where the walks reach it ({@link ShallowBoundary}), so its features are
     * those of the repository the state was saved in.
     */
    Optional<String> staleReason(BuildHistory history, GitRepo git) {
        return staleReason(HistoryTail.of(history), git);
    }

    /**
     * {@link #staleReason(BuildHistory, GitRepo)} for the rows a history was read from: all of them, or those after
     * the rows this state replayed, skipped by this state's mark (which their bytes matched).
     */
    Optional<String> staleReason(HistoryTail read, GitRepo git) {
        if (read.skipped() > 0) {
            if (read.skipped() != builds || !read.readBy().equals(mark)) {
                return Optional.of("the history was read past the " + read.skipped() + " rows another state covers "
                        + "(the model changed meanwhile?)");
            }
        } else {
            List<Build> all = read.builds().builds();
            if (all.size() < builds) {
                return Optional.of("the history has " + all.size() + " builds, fewer than the " + builds + " replayed");
            }
            if (!HistoryDigest.of(all.subList(0, builds)).equals(historySha256)) {
                return Optional.of("the history's first " + builds + " builds changed since");
            }
        }
        if (git.isShallow()) {
            // a single-branch clone lacks the other branches' tips; its walks are checked where they stop instead
            if (frontier.stream().noneMatch(git::has)) {
                return Optional.of(git.name() + " lacks every commit the saved walk started from (another repository, "
                        + "or a clone too shallow?)");
            }
        } else {
            for (ObjectId c : frontier) {
                if (!git.has(c)) {
                    return Optional.of(git.name() + " lacks commit " + c.name() + " (another repository?)");
                }
            }
        }
        for (String c : missing) {
            // a full name is looked up in the pack indexes; only an abbreviated one needs resolving
            if (c.length() == ObjectId.zeroId().name().length() ? git.has(ObjectId.fromString(c))
                    && git.commit(c).isPresent() : git.commit(c).isPresent()) {
                return Optional.of("build commit " + c + ", missing then, is now in " + git.name());
            }
        }
        for (Map.Entry<String, ObjectId> e : abbreviated.entrySet()) {
            if (!git.commit(e.getKey()).map(c -> c.equals(e.getValue())).orElse(false)) {
                return Optional.of("build commit " + e.getKey() + " no longer names " + e.getValue().name());
            }
        }
        return Optional.empty();
    }

    /** The running state as it was after the replayed builds. */
    HistoryState restore() {
        HistoryState state = new HistoryState();
        for (Branch b : branches) {
            BranchState s = b.name() == null ? state.all() : state.branch(b.name());
            s.lastBuildId = b.lastBuildId();
            s.lastStatus = b.lastStatus();
            s.lastTime = b.lastTime();
            s.streak = b.streak();
            s.lastCommit = b.lastCommit();
            b.recent().forEach(s.recent::add);
        }
        related.into(state.related());
        authors.forEach((a, outcomes) -> {
            Recent r = new Recent(HistoryState.AUTHOR_RECENT);
            outcomes.forEach(r::add);
            state.authors().put(a, r);
        });
        failures.forEach(f -> state.failures().addFailure(Set.copyOf(f)));
        return state;
    }

    /**
     * The author index for one author: their saved commit times and their commits among those reachable from
     * {@code tips} that were not counted yet (walked here, stopping at counted commits).
     */
    AuthorIndex authors(GitRepo git, String author, Collection<RevCommit> tips) {
        List<RevCommit> added = NewCommits.walk(git, tips, this::counted);
        return AuthorIndex.of(author, times(author), added);
    }

    /** How many commits were counted. */
    int commitCount() {
        return commits.length() / NAME;
    }

    private boolean counted(ObjectId id) {
        String name = id.name();
        int lo = 0;
        int hi = commits.length() / NAME;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareAt(mid, name);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return false;
    }

    /** The counted commit at {@code index} compared with {@code name}, as {@link String#compareTo} would (no copy). */
    private int compareAt(int index, String name) {
        int at = index * NAME;
        for (int k = 0; k < NAME; k++) {
            int d = commits.charAt(at + k) - name.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private long[] times(String author) {
        String t = times.get(author);
        if (t == null || t.isEmpty()) {
            return new long[0];
        }
        String[] parts = t.split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Long.parseLong(parts[i]);
        }
        return out;
    }
}
