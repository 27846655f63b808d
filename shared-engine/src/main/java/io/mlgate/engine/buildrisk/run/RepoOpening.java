package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.buildrisk.features.GitRepo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens the repository and resolves the commit to predict on a thread of its own while {@code predict} loads the
 * model and reads the history: JGit's first open in a process (its configuration, file-system checks, the pack
 * index) costs about as much as those two together, and none of them needs another's result. {@link #get} hands
 * the opened repository over, or throws what opening threw (a one-line error for a bad repository or commit), and
 * says how much CPU the thread spent, so that the timing counts it.
 */
final class RepoOpening implements AutoCloseable {
    /** The opened repository, the commit's full name and the branch checked out, if any. */
    record Opened(GitRepo git, String sha, Optional<String> branch) {
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final CompletableFuture<Opened> opened = new CompletableFuture<>();
    private volatile long cpuNanos;
    private boolean taken;

    RepoOpening(Path dir, String commit) {
        Thread t = new Thread(() -> {
            long cpu0 = CPU.getCurrentThreadCpuTime();
            GitRepo git = null;
            try {
                git = GitRepo.open(dir);
                Opened o = new Opened(git, git.resolve(commit).name(), git.currentBranch());
                cpuNanos = CPU.getCurrentThreadCpuTime() - cpu0;
                opened.complete(o);
            } catch (Throwable e) {
                if (git != null) {
                    git.close();
                }
                cpuNanos = CPU.getCurrentThreadCpuTime() - cpu0;
                opened.completeExceptionally(e);
            }
        }, "mlgate-buildrisk-open-repo");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for the opening; the caller closes the repository. */
    Opened get() {
        try {
            Opened o = opened.join();
            taken = true;
            return o;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** CPU milliseconds the opening thread spent (complete once {@link #get} returned or threw). */
    long cpuMillis() {
        return cpuNanos / 1_000_000;
    }

    /** Closes the repository when nobody took it (the model or the history failed first). */
    @Override
    public void close() {
        if (!taken) {
            try {
                opened.join().git().close();
            } catch (RuntimeException e) {
                // opening failed too; the first error is the one reported
            }
        }
    }
}
