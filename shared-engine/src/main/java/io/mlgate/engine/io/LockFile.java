package io.mlgate.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on a file that is read, changed and replaced, so that two writers (two pipelines recording their
 * builds at once, say) cannot lose each other's change: the one that comes second waits, then reads what the first
 * wrote. Held through a lock file beside the target, {@code .NAME.lock}, with the operating system's advisory lock
 * (other processes) and by this JVM's own bookkeeping (other threads). Readers need not take it: writes are atomic
 * ({@link AtomicFiles}). The lock file is left in place: deleting it would let two writers lock two different files.
 */
public final class LockFile implements AutoCloseable {
    private static final long POLL_MILLIS = 50;
    private final FileChannel channel;
    private final FileLock lock;

    private LockFile(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code target}. */
    public static Path of(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code target}, waiting up to {@code wait} while another writer holds it; {@code onWait} runs
     * once when the lock is found held. Fails with an {@link UncheckedIOException} that names the file when the wait
     * runs out or the lock file cannot be made.
     */
    public static LockFile acquire(Path target, Duration wait, Runnable onWait) {
        Path file = of(target);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        try {
            Files.createDirectories(file.getParent());
            while (true) {
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock l = null;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException heldByThisJvm) {
                    // another thread here holds it: wait as for another process
                }
                if (l != null) {
                    return new LockFile(ch, l);
                }
                ch.close();
                if (System.nanoTime() >= deadline) {
                    throw new IOException("another writer has held it for more than " + words(wait)
                            + " (lock file " + file + ")");
                }
                if (!told) {
                    onWait.run();
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + target + " for writing: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException("cannot lock " + target + " for writing: interrupted",
                    new java.io.InterruptedIOException());
        }
    }

    /** "120 s", "200 ms". */
    public static String words(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock " + lock + ": " + e.getMessage(), e);
        }
    }
}
