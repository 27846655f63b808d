package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.BuildStatus;
import org.eclipse.jgit.lib.ObjectId;

import java.time.Instant;

/** What the completed builds so far say about one branch (or, as a fallback, about all branches together). */
final class BranchState {
    static final int RECENT = 10;
    String lastBuildId;
    BuildStatus lastStatus;
    Instant lastTime;
    int streak;
    /** The commit of the last completed build whose commit the repository has: the base of the next change. */
    ObjectId lastCommit;
    final Recent recent = new Recent(RECENT);

    void record(String id, BuildStatus status, Instant time, ObjectId commit) {
        lastBuildId = id;
        lastStatus = status;
        if (time != null) {
            lastTime = time;
        }
        streak = status.isBroken() ? streak + 1 : 0;
        if (commit != null) {
            lastCommit = commit;
        }
        recent.add(status.isBroken());
    }
}
