package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.io.Sha256;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The builds of a history file that a prediction has to read: only those after the rows a model's replay state
 * covers when the file still begins with those rows' bytes ({@link HistoryMark}), else all of them; with the file's
 * SHA-256 for the report's provenance, taken in the same pass over its bytes. A long history is then neither parsed
 * nor digested build by build on every prediction. The rows read are checked as a whole file's are (columns,
 * values, line numbers in messages), their ids against the skipped rows' ids too.
 */
public final class HistoryTail {
    private final Path file;
    /** The file's bytes when rows were skipped (to read them all from, should the state not apply), else null. */
    private final byte[] bytes;
    private final BuildHistory builds;
    private final int skipped;
    private final Optional<HistoryMark> readBy;
    private final String sha256;
    private final Optional<String> whyWhole;

    private HistoryTail(Path file, byte[] bytes, BuildHistory builds, Optional<HistoryMark> readBy, String sha256,
                        Optional<String> whyWhole) {
        this.file = file;
        this.bytes = readBy.isPresent() ? bytes : null;
        this.builds = builds;
        this.skipped = readBy.map(HistoryMark::rows).orElse(0);
        this.readBy = readBy;
        this.sha256 = sha256;
        this.whyWhole = whyWhole;
    }

    /** A whole history already in memory (no file, no fingerprint). */
    public static HistoryTail of(BuildHistory history) {
        return new HistoryTail(null, null, history, Optional.empty(), null, Optional.empty());
    }

    /**
     * The rows of {@code file} after those {@code mark} marks when the file begins with them, else every row
     * ({@link #whyWhole} says why, when a mark was given).
     */
    public static HistoryTail read(Path file, Optional<HistoryMark> mark) {
        byte[] bytes = HistoryReader.bytes(file);
        String name = file.toString();
        if (mark.isEmpty()) {
            return whole(file, bytes, Optional.empty());
        }
        HistoryMark m = mark.get();
        String header = headerLine(bytes);
        HistoryMark.Part part = m.partFor(header);
        if (bytes.length < part.bytes()) {
            return whole(file, bytes, Optional.of("the history file has " + bytes.length + " bytes, fewer than the "
                    + part.bytes() + " of the " + m.rows() + " rows the model's state covers"));
        }
        int cut = (int) part.bytes();
        Sha256 md = new Sha256().update(bytes, 0, cut);
        String prefix = md.fingerprint();
        String sha = md.update(bytes, cut, bytes.length - cut).fingerprint();
        if (!prefix.equals(part.sha256())) {
            return new HistoryTail(file, bytes, HistoryReader.read(name, bytes), Optional.empty(), sha,
                    Optional.of("the history's first " + m.rows() + " rows are not those the model's state covers "
                            + "(changed since it was trained)"));
        }
        byte[] rest = new byte[bytes.length - cut];
        System.arraycopy(bytes, cut, rest, 0, rest.length);
        BuildHistory tail = HistoryReader.readRows(name, header, rest, m.rows() + 2);
        if (repeatsAnId(bytes, cut, header, tail)) {
            HistoryReader.read(name, bytes); // says which id repeats which line, as reading the whole file does
            throw new IllegalStateException(name + ": a build id repeats, yet the whole file reads");
        }
        return new HistoryTail(file, bytes, tail, mark, sha, Optional.empty());
    }

    private static HistoryTail whole(Path file, byte[] bytes, Optional<String> why) {
        BuildHistory all = HistoryReader.read(file.toString(), bytes);
        return new HistoryTail(file, bytes, all, Optional.empty(), Fingerprints.sha256(bytes), why);
    }

    /** The builds read: those after the first {@link #skipped} rows. */
    public BuildHistory builds() {
        return builds;
    }

    /** How many rows (builds) before them were not read; 0 when the whole file was. */
    public int skipped() {
        return skipped;
    }

    /** The mark the rows were skipped by (empty when the whole file was read). */
    public Optional<HistoryMark> readBy() {
        return readBy;
    }

    /** The SHA-256 of the whole file ({@code sha256:} and 64 hex digits; null for a history held in memory). */
    public String sha256() {
        return sha256;
    }

    /** Why every row was read although a mark was given (the file does not begin with the marked rows). */
    public Optional<String> whyWhole() {
        return whyWhole;
    }

    /** The whole history: this when nothing was skipped, else every row of the bytes read. */
    public HistoryTail whole() {
        return skipped == 0 ? this : new HistoryTail(file, bytes, HistoryReader.read(file.toString(), bytes),
                Optional.empty(), sha256, Optional.empty());
    }

    private static String headerLine(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /**
     * Whether a skipped row (in {@code bytes} before {@code cut}: one line each, no quotes, the header first) has the
     * id of one of {@code tail}'s builds.
     */
    private static boolean repeatsAnId(byte[] bytes, int cut, String header, BuildHistory tail) {
        if (tail.size() == 0) {
            return false;
        }
        Set<String> ids = new HashSet<>();
        tail.builds().forEach(b -> ids.add(b.id()));
        int column = Arrays.stream(header.split(",", -1)).map(String::trim).toList().indexOf(HistoryColumns.ID);
        int start = header.getBytes(StandardCharsets.UTF_8).length + 1;
        while (start < cut) {
            int from = start;
            for (int k = 0; k < column; k++) {
                while (bytes[from] != ',') {
                    from++;
                }
                from++;
            }
            int to = from;
            while (bytes[to] != ',' && bytes[to] != '\n') {
                to++;
            }
            if (ids.contains(new String(bytes, from, to - from, StandardCharsets.UTF_8).trim())) {
                return true;
            }
            while (bytes[to] != '\n') {
                to++;
            }
            start = to + 1;
        }
        return false;
    }
}
