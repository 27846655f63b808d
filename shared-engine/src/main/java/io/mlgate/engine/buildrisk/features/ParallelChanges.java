package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.Background;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads many builds' changes on a few threads, each with its own object reader. A change depends only on the
 * build's commit and its base, both known from the history's order before any feature is computed, so the results
 * are the same on any number of threads; the history walk then uses them in order.
 */
final class ParallelChanges {
    /** One change to read. */
    record Task(ObjectId base, RevCommit commit) {
    }

    /** The changes in task order, and the CPU time the worker threads spent (0 when read on the calling thread). */
    record Result(List<BuildChange> changes, long workerCpuNanos) {
    }

    private ParallelChanges() {
    }

    /** The changes of a whole history's builds: in a full clone only ({@link FeatureExtractor#extract}). */
    static Result read(Repository repo, List<Task> tasks, int threads) {
        if (threads <= 1 || tasks.size() < 64) {
            return new Result(readHere(repo, tasks, ShallowBoundary.NONE), 0);
        }
        // contiguous slices: neighbouring builds share objects, which stay in each thread's caches
        int slice = (tasks.size() + threads - 1) / threads;
        List<Background<List<BuildChange>>> parts = new ArrayList<>();
        for (int from = 0; from < tasks.size(); from += slice) {
            List<Task> part = tasks.subList(from, Math.min(tasks.size(), from + slice));
            parts.add(Background.start("mlgate-buildrisk-changes", () -> readHere(repo, part, ShallowBoundary.NONE)));
        }
        try {
            List<BuildChange> out = new ArrayList<>(tasks.size());
            long cpu = 0;
            for (Background<List<BuildChange>> part : parts) {
                out.addAll(part.join());
                cpu += part.cpuNanos();
            }
            return new Result(out, cpu);
        } catch (RuntimeException | Error e) {
            parts.forEach(Background::discard); // no thread left reading a repository the caller is about to close
            throw e;
        }
    }

    /**
     * One change, read on the calling thread with a reader of its own; {@code boundary}: the clone's, if shallow;
     * {@code shared}: where a large change offers its line counting to a thread waiting for it.
     */
    static BuildChange readOne(Repository repo, Task task, ShallowBoundary boundary, SharedLineCount shared) {
        return readHere(repo, List.of(task), boundary, shared).get(0);
    }

    private static List<BuildChange> readHere(Repository repo, List<Task> tasks, ShallowBoundary boundary) {
        return readHere(repo, tasks, boundary, null);
    }

    private static List<BuildChange> readHere(Repository repo, List<Task> tasks, ShallowBoundary boundary,
                                              SharedLineCount shared) {
        try (ObjectReader r = repo.newObjectReader()) {
            ChangeReader changes = new ChangeReader(r, shared);
            List<BuildChange> out = new ArrayList<>(tasks.size());
            tasks.forEach(t -> out.add(BuildChange.read(r, changes, t.base(), t.commit(), true, boundary)));
            return out;
        }
    }
}
