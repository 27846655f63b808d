package io.mlgate.engine.data;

import io.mlgate.engine.io.Fingerprints;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The SHA-256 of data files (for provenance) computed on a background task that starts before the command has read
 * its policy and opened the scan engine: that is single-threaded work (YAML, loading DuckDB's library, connecting,
 * registering), which the hashing then overlaps instead of competing with the scan's threads for the CPUs.
 *
 * <p>The task resolves each source's files as {@link ScanEngine#register} does, then hashes them; nothing is done
 * on the calling thread. A dataset registered from the same source takes the result through {@link #handTo} and
 * uses it only when it has exactly the files hashed; anything that failed here (a missing or unreadable file, a
 * bad glob, files that changed in between) is done again by the dataset itself, so errors are the ones it always
 * gave, at the point it gave them.
 */
public final class FingerprintsAhead {
    /** A source's files and their fingerprints, as the background task found them. */
    private record Hashed(List<Path> files, Map<String, String> fingerprints) {
    }

    private record Job(DataSource source, CompletableFuture<Hashed> result) {
    }

    private final List<Job> jobs;

    private FingerprintsAhead(List<Job> jobs) {
        this.jobs = jobs;
    }

    /** Starts hashing the files of each source, one source after another, on one background task. */
    public static FingerprintsAhead start(List<DataSource> sources) {
        List<Job> jobs = new ArrayList<>();
        for (DataSource s : sources) {
            if (jobs.stream().noneMatch(j -> j.source().equals(s))) { // the same source twice: hashed once
                jobs.add(new Job(s, new CompletableFuture<>()));
            }
        }
        if (!jobs.isEmpty()) {
            // as before: the common pool where it has more than one thread, else a thread of its own
            CompletableFuture.runAsync(() -> jobs.forEach(FingerprintsAhead::hash));
        }
        return new FingerprintsAhead(List.copyOf(jobs));
    }

    /** Waits until the background task has finished, however it ended (for tests). */
    void awaitDone() {
        jobs.forEach(j -> j.result().handle((h, e) -> null).join());
    }

    private static void hash(Job job) {
        try {
            List<Path> files = FileSet.resolve(job.source().location(), job.source().format()).files();
            job.result().complete(new Hashed(files, Map.copyOf(Fingerprints.of(files))));
        } catch (RuntimeException | Error e) {
            job.result().completeExceptionally(e);
        }
    }

    /**
     * Gives {@code dataset} the fingerprints being computed here for its source, to be used when they are of exactly
     * its files; a dataset from another source is hashed in the background as before. Either way
     * {@link Dataset#fingerprints()} then waits for them.
     */
    public void handTo(Dataset dataset) {
        for (Job j : jobs) {
            if (j.source().equals(dataset.source())) {
                dataset.fingerprintsFrom(j.result().thenApply(h -> h.files().equals(dataset.files())
                        ? h.fingerprints() : null));
                return;
            }
        }
        CompletableFuture.runAsync(dataset::fingerprints);
    }
}
