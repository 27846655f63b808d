package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.Background;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.HistoryTail;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A build about to run whose change is already being read on a second thread ({@link FeatureExtractor#start}).
 * The change of a build is measured from its base, the last built commit on its branch (else the last one
 * overall), which the history alone tells; so the change, most of a prediction's git work, is read while the
 * history replays and the model loads. {@link #change} hands it over when the replayed state names the same base,
 * and otherwise reads the change from the state's base, so the features are those of the replay either way.
 */
public final class UpcomingBuild {
    private HistoryTail history;
    private final Build build;
    private final RevCommit head;
    private final ObjectId base;
    private final Background<BuildChange> change;
    private final SharedLineCount shared;
    private final Repository repo;
    private final ShallowBoundary boundary;

    private UpcomingBuild(HistoryTail history, Build build, RevCommit head, ObjectId base,
                          Background<BuildChange> change, SharedLineCount shared, Repository repo,
                          ShallowBoundary boundary) {
        this.history = history;
        this.build = build;
        this.head = head;
        this.base = base;
        this.change = change;
        this.shared = shared;
        this.repo = repo;
        this.boundary = boundary;
    }

    /**
     * Starts reading the change of {@code build} at {@code head} from the base {@code history} implies: the rows read,
     * and when they name no build on the branch, the replay state's head that they follow.
     */
    static UpcomingBuild start(GitRepo git, HistoryTail history, Optional<ReplayHead> before, Build build,
                               RevCommit head) {
        ObjectId base = lastBuilt(git, history.builds().builds(), build.branch(),
                history.skipped() > 0 ? before : Optional.empty());
        ShallowBoundary boundary = git.boundary();
        SharedLineCount shared = new SharedLineCount();
        Background<BuildChange> change = Background.start("mlgate-buildrisk-change", () -> {
            try {
                return ParallelChanges.readOne(git.repository(), new ParallelChanges.Task(base, head), boundary, shared);
            } finally {
                shared.close(); // a thread waiting to help waits no longer
            }
        });
        return new UpcomingBuild(history, build, head, base, change, shared, git.repository(), boundary);
    }

    /**
     * What {@link HistoryState#base} answers after replaying every build of {@code builds}: the commit of the last
     * completed build on {@code branch} that the repository has, else the last such commit on any branch (null:
     * none).
     */
    static ObjectId lastBuilt(GitRepo git, List<Build> builds, String branch) {
        return lastBuilt(git, builds, branch, Optional.empty());
    }

    /**
     * {@link #lastBuilt(GitRepo, List, String)} for {@code builds} that follow those a replay state covers
     * ({@code before}): where they name none on the branch, the state's commit of the branch comes first, then
     * theirs of any branch, then the state's of all branches.
     */
    static ObjectId lastBuilt(GitRepo git, List<Build> builds, String branch, Optional<ReplayHead> before) {
        ObjectId overall = null;
        for (int i = builds.size() - 1; i >= 0; i--) {
            Build b = builds.get(i);
            boolean onBranch = b.branch().equals(branch);
            if (!b.status().isCompleted() || !onBranch && overall != null) {
                continue;
            }
            RevCommit c = git.commit(b.commit()).orElse(null);
            if (c == null) {
                continue;
            }
            if (onBranch) {
                return c;
            }
            overall = c;
        }
        if (before.isEmpty()) {
            return overall;
        }
        ObjectId branchBefore = before.get().branchCommit(branch);
        return branchBefore != null ? branchBefore : overall != null ? overall : before.get().lastCommit();
    }

    /** The history rows the build follows: those read, or the whole history once {@link #readWhole} was called. */
    public HistoryTail history() {
        return history;
    }

    /** Reads the whole history instead of the rows after a replay state (when that state does not apply). */
    void readWhole() {
        history = history.whole();
    }

    public Build build() {
        return build;
    }

    RevCommit head() {
        return head;
    }

    /** CPU nanoseconds the second thread spent reading the change (0 until it is done). */
    public long changeCpuNanos() {
        return change.cpuNanos();
    }

    /**
     * The change from {@code stateBase}: the one read ahead when it is the base assumed (this thread counts lines of
     * its files beside the reading thread meanwhile, when it is large), else read now.
     */
    BuildChange change(ObjectId stateBase, ObjectReader reader, ChangeReader changes) {
        if (Objects.equals(stateBase, base)) {
            shared.help(repo);
            return change.join();
        }
        change.discard();
        return BuildChange.read(reader, changes, stateBase, head, true, boundary);
    }

    /** Waits for the second thread (when the features are not wanted after all, e.g. another input was bad). */
    public void abandon() {
        change.discard();
    }
}
