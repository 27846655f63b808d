package io.mlgate.engine.api;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One piece of work started on its own daemon thread, so that a short command overlaps independent steps (a model
 * loading while the history is read). {@link #join} returns the value or rethrows, unchanged, the runtime exception
 * or error the work threw, so a bad input reads the same whichever thread found it. The thread's CPU time is kept
 * for the engine's timing.
 */
public final class Background<T> {
    private final FutureTask<T> task;
    private volatile long cpuNanos;

    private Background(Supplier<T> work) {
        this.task = new FutureTask<>(() -> {
            long cpu0 = EngineClock.threadCpuNanos();
            try {
                return work.get();
            } finally {
                cpuNanos = EngineClock.threadCpuNanos() - cpu0;
            }
        });
    }

    /** Starts {@code work} now on a daemon thread named {@code name}. */
    public static <T> Background<T> start(String name, Supplier<T> work) {
        Background<T> b = new Background<>(work);
        Thread t = new Thread(b.task, name);
        t.setDaemon(true);
        t.start();
        return b;
    }

    /** Waits for the work; its value, or what it threw. */
    public T join() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        }
    }

    /**
     * Waits for the work and throws what it threw, else {@code later}: for a step that failed while this work ran,
     * so that the error reported is the one a run doing both in order would have met first.
     */
    public RuntimeException failureBefore(RuntimeException later) {
        join();
        return later;
    }

    /** Waits for the work, ignoring its value and what it threw (work whose result is no longer wanted). */
    public void discard() {
        try {
            task.get();
        } catch (ExecutionException e) {
            // not wanted
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** CPU nanoseconds the work's thread has spent on it (0 until it finishes). */
    public long cpuNanos() {
        return cpuNanos;
    }
}
