package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.io.AtomicFiles;
import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.io.LockFile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The canonical history file that {@code import} and {@code record} keep: CSV, UTF-8, header
 * {@code id,commit,branch,status,started_at,duration,pull_request,event} (and {@code risk} when some build has a
 * recorded risk), one build per row oldest first, statuses in their history names, times in ISO-8601 UTC. Every
 * write replaces the whole file atomically, and writers that change it ({@link #update}) take its {@link LockFile}
 * first, so that two pipelines recording at once both land.
 */
public final class HistoryFile {
    private HistoryFile() {
    }

    /** The history at {@code file}, or an empty one when the file does not exist yet. */
    public static BuildHistory readOrEmpty(Path file) {
        return Files.exists(file) ? HistoryReader.read(file) : new BuildHistory(file.toString(), List.of());
    }

    /** How long {@link #update} waits for another writer by default. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(120);

    /**
     * A change made under the file's lock.
     *
     * @param before the history read under the lock (empty when the file did not exist)
     * @param after  the history written
     * @param sha256 the fingerprint of the file as written
     */
    public record Update(BuildHistory before, BuildHistory after, String sha256) {
    }

    /**
     * Reads the history under its lock (waiting up to {@code wait} for another writer; {@code onWait} hears of it),
     * applies {@code change} and writes the result before letting the next writer in.
     */
    public static Update update(Path file, Duration wait, Consumer<String> onWait, UnaryOperator<BuildHistory> change) {
        try (LockFile lock = lock(file, wait, onWait)) {
            BuildHistory before = readOrEmpty(file);
            BuildHistory after = change.apply(before);
            return new Update(before, after, writeCanonical(file, after));
        }
    }

    /**
     * What {@link #record} did.
     *
     * @param replaced whether a build with the same id was there (and was replaced in place)
     * @param summary  the history as written
     * @param appended whether the build was appended to the file's bytes ({@link HistoryAppend}) rather than the
     *                 whole history read and written again
     * @param sha256   the fingerprint of the file as written
     */
    public record Recorded(boolean replaced, HistorySummary summary, boolean appended, String sha256) {
    }

    /**
     * Adds {@code build} to the history at {@code file} under its lock, as {@link #update} with
     * {@link BuildHistory#merge} does: a new build is appended, one with a known id replaced in place. A new build
     * on a file as this class writes it is appended to its bytes without reading its builds ({@link HistoryAppend}).
     */
    public static Recorded record(Path file, Build build, Duration wait, Consumer<String> onWait) {
        try (LockFile lock = lock(file, wait, onWait)) {
            byte[] old = Files.exists(file) ? HistoryReader.bytes(file) : null;
            var appended = old == null ? Optional.<HistoryAppend.Appended>empty() : HistoryAppend.of(old, build);
            if (appended.isPresent()) {
                byte[] bytes = appended.get().bytes();
                AtomicFiles.write(file, bytes);
                return new Recorded(false, appended.get().summary(), true, Fingerprints.sha256(bytes));
            }
            BuildHistory before = old == null ? new BuildHistory(file.toString(), List.of())
                    : HistoryReader.read(file.toString(), old);
            BuildHistory after = before.merge(List.of(build));
            return new Recorded(after.size() == before.size(), HistorySummary.of(after), false,
                    writeCanonical(file, after));
        }
    }

    /** Writes {@code history} to {@code file} as the canonical CSV; the fingerprint of what was written. */
    private static String writeCanonical(Path file, BuildHistory history) {
        byte[] bytes = render(history.builds()).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes);
        return Fingerprints.sha256(bytes);
    }

    /** The lock of {@code file}, which must be a name the canonical CSV can be written under. */
    private static LockFile lock(Path file, Duration wait, Consumer<String> onWait) {
        if (HistoryReader.namedJsonLines(file.toString())) {
            throw new BadInputException(file + ": mlgate keeps a history as CSV, and a file of this name would be read "
                    + "back as JSON lines; give a .csv file (buildrisk import --from " + file.getFileName()
                    + " --history history.csv makes one from it)");
        }
        return LockFile.acquire(file, wait, () -> onWait.accept("waiting for another writer of " + file + " (up to "
                + LockFile.words(wait) + ")"));
    }

    public static void write(Path file, BuildHistory history) {
        AtomicFiles.writeString(file, render(history.builds()));
    }

    static String render(List<Build> builds) {
        boolean risks = builds.stream().anyMatch(b -> b.risk().isPresent());
        List<String> columns = risks ? HistoryColumns.ALL : HistoryColumns.WITHOUT_RISK;
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
        for (Build b : builds) {
            sb.append(row(b, risks));
        }
        return sb.toString();
    }

    /** The line of {@code b} in the file, its break included; {@code risks}: whether the file has a risk column. */
    static String row(Build b, boolean risks) {
        List<String> cells = new ArrayList<>(List.of(b.id(), b.commit(), b.branch(), b.status().historyName(),
                b.startedAt().map(Object::toString).orElse(""),
                b.duration().isPresent() ? Long.toString(b.duration().getAsLong()) : "",
                b.pullRequest().isPresent() ? Integer.toString(b.pullRequest().getAsInt()) : "",
                b.event().map(BuildEvent::historyName).orElse("")));
        if (risks) {
            cells.add(b.risk().isPresent() ? plain(b.risk().getAsDouble()) : "");
        }
        return cells.stream().map(CsvRecords::quote).collect(Collectors.joining(",")) + "\n";
    }

    /** 0.25, not 2.5E-1: the shortest decimal that reads back as the same double. */
    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
