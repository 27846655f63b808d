package io.mlgate.engine.buildrisk.features;

import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The line counting of one large change, shared between the thread reading the change and a thread waiting for it
 * ({@code predict}'s main thread, which would otherwise only wait: on two CPUs its share is wall-clock time saved).
 * The reading thread {@link #publish}es the files whose lines it must count; each thread takes the next file not
 * yet taken, with its own object reader and diff, until none is left, and the counts land by file, so the change's
 * figures do not depend on which thread counted what.
 */
final class SharedLineCount {
    /** Fewer files than this the reading thread counts alone: handing over would cost more than it saves. */
    static final int MIN_FILES = 8;

    private Work work; // guarded by this
    private boolean closed; // guarded by this

    /** The reading thread offers the files of its change. */
    synchronized void publish(Work w) {
        work = w;
        notifyAll();
    }

    /** The reading thread is done with the change (read, or failed): a helper waits no longer. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /**
     * The waiting thread: waits until the files are offered or the change is done, then counts files with a reader of
     * its own from {@code repo} until none is left. Its failures go to the reading thread, which reports them.
     */
    void help(Repository repo) {
        Work w;
        synchronized (this) {
            while (work == null && !closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            w = work;
        }
        if (w != null && w.unclaimed()) {
            try (ObjectReader r = repo.newObjectReader()) {
                w.run(new ChangeReader(r));
            }
        }
    }

    /** The files of one change whose lines are counted, and their counts by index. */
    static final class Work {
        private final List<ChangeReader.Pending> files;
        private final int[][] counts;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger left;
        private volatile RuntimeException failure;

        Work(List<ChangeReader.Pending> files) {
            this.files = files;
            this.counts = new int[files.size()][];
            this.left = new AtomicInteger(files.size());
        }

        boolean unclaimed() {
            return next.get() < files.size();
        }

        /** Counts the next file not yet taken, with {@code counter}'s reader, until none is left. */
        void run(ChangeReader counter) {
            int i;
            while ((i = next.getAndIncrement()) < files.size()) {
                try {
                    counts[i] = counter.lines(files.get(i));
                } catch (IOException e) {
                    failure = new UncheckedIOException("cannot read git trees: " + e.getMessage(), e);
                } catch (RuntimeException e) {
                    failure = e;
                } finally {
                    if (left.decrementAndGet() == 0) {
                        synchronized (this) {
                            notifyAll();
                        }
                    }
                }
            }
        }

        /** Waits for files still being counted by another thread; the counts by index, or the first failure seen. */
        int[][] await() {
            synchronized (this) {
                while (left.get() > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while another thread counted a change's lines", e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return counts;
        }
    }
}
