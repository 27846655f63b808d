package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.EngineClock;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads many builds' changes on a few threads, each with its own object reader. A change depends only on the
 * build's commit and its base, both known from the history's order before any feature is computed, so the results
 * are the same on any number of threads; the history walk then uses them in order.
 */
final class ParallelChanges {
    /** One change to read. */
    record Task(RevCommit base, RevCommit commit) {
    }

    /** The changes in task order, and the CPU time the worker threads spent (0 when read on the calling thread). */
    record Result(List<BuildChange> changes, long workerCpuNanos) {
    }


    private ParallelChanges() {
    }

    static Result read(Repository repo, List<Task> tasks, int threads) {
        if (threads <= 1 || tasks.size() < 64) {
            return new Result(readHere(repo, tasks), 0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "mlgate-buildrisk-changes");
            t.setDaemon(true);
            return t;
        });
        try {
            // contiguous slices: neighbouring builds share objects, which stay in each thread's caches
            int slice = (tasks.size() + threads - 1) / threads;
            List<Future<Result>> parts = new ArrayList<>();
            for (int from = 0; from < tasks.size(); from += slice) {
                List<Task> part = tasks.subList(from, Math.min(tasks.size(), from + slice));
                parts.add(pool.submit(() -> {
                    long cpu0 = EngineClock.threadCpuNanos();
                    List<BuildChange> changes = readHere(repo, part);
                    return new Result(changes, EngineClock.threadCpuNanos() - cpu0);
                }));
            }
            List<BuildChange> out = new ArrayList<>(tasks.size());
            long cpu = 0;
            for (Future<Result> f : parts) {
                out.addAll(f.get().changes());
                cpu += f.get().workerCpuNanos();
            }
            return new Result(out, cpu);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading changes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<BuildChange> readHere(Repository repo, List<Task> tasks) {
        try (ObjectReader r = repo.newObjectReader()) {
            ChangeReader changes = new ChangeReader(r);
            List<BuildChange> out = new ArrayList<>(tasks.size());
            tasks.forEach(t -> out.add(BuildChange.read(r, changes, t.base(), t.commit(), true)));
            return out;
        }
    }
}
