package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.io.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The first rows of a CSV history file, known by the file's own bytes: the length and SHA-256 of its beginning up
 * to the end of row {@code rows} (header included), and, for a file in the canonical columns without a risk, the
 * same for that beginning as {@code record --risk} rewrites it once a first risk is recorded (",risk" after the
 * header, an empty cell after every row). A model's saved replay state keeps the mark of the rows it replayed, so
 * that {@code predict} reads only the rows after them when the file still begins with those bytes
 * ({@link HistoryTail}).
 *
 * <p>Only a file whose first rows are one line each can be marked: no quotes (a quoted field may hold a line
 * break), no carriage returns, no empty lines, no byte-order mark, not JSON lines.
 *
 * @param rows           how many builds the marked part holds
 * @param part           the marked part as it was
 * @param withRiskColumn the marked part as {@code record} rewrites it with a risk column, when it had none
 */
public record HistoryMark(int rows, Part part, Optional<Part> withRiskColumn) {
    /** A beginning of the file: its length in bytes and its SHA-256 ({@code sha256:} and 64 hex digits). */
    public record Part(long bytes, String sha256) {
        // equals and hashCode written out: a record's own cost its first caller in a fresh JVM about 15 ms of
        // method-handle set-up, and predict compares marks on its way
        @Override
        public boolean equals(Object o) {
            return o instanceof Part p && p.bytes == bytes && p.sha256.equals(sha256);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(bytes) * 31 + sha256.hashCode();
        }
    }

    private static final byte[] RISK_HEADER = (",risk\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_RISK = (",\n").getBytes(StandardCharsets.US_ASCII);

    public HistoryMark {
        if (rows < 0) {
            throw new IllegalArgumentException("a mark holds a number of rows, got " + rows);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryMark m && m.rows == rows && m.part.equals(part)
                && m.withRiskColumn.isPresent() == withRiskColumn.isPresent()
                && (withRiskColumn.isEmpty() || m.withRiskColumn.get().equals(withRiskColumn.get()));
    }

    @Override
    public int hashCode() {
        return (rows * 31 + part.hashCode()) * 31 + (withRiskColumn.isPresent() ? withRiskColumn.get().hashCode() : 0);
    }

    /** The mark of the header and first {@code rows} rows of a history file's {@code bytes}; empty if not markable. */
    public static Optional<HistoryMark> of(byte[] bytes, int rows) {
        if (bytes.length == 0 || bytes[0] == '{' || (bytes[0] & 0xFF) == 0xEF) {
            return Optional.empty();
        }
        int[] ends = new int[rows + 1]; // where each line (header first) ends: the offset of its '\n'
        int line = 0;
        int start = 0;
        for (int i = 0; i < bytes.length && line <= rows; i++) {
            byte b = bytes[i];
            if (b == '"' || b == '\r') {
                return Optional.empty();
            }
            if (b == '\n') {
                if (i == start) {
                    return Optional.empty();
                }
                ends[line++] = i;
                start = i + 1;
            }
        }
        if (line <= rows) {
            return Optional.empty();
        }
        long length = ends[rows] + 1L;
        Part part = new Part(length, new Sha256().update(bytes, 0, (int) length).fingerprint());
        String header = new String(bytes, 0, ends[0], StandardCharsets.UTF_8);
        if (!header.equals(String.join(",", HistoryColumns.WITHOUT_RISK))) {
            return Optional.of(new HistoryMark(rows, part, Optional.empty()));
        }
        Sha256 risk = new Sha256();
        int from = 0;
        for (int k = 0; k <= rows; k++) {
            byte[] end = k == 0 ? RISK_HEADER : EMPTY_RISK;
            risk.update(bytes, from, ends[k] - from).update(end, 0, end.length);
            from = ends[k] + 1;
        }
        Part withRisk = new Part(length + RISK_HEADER.length - 1 + (long) rows * (EMPTY_RISK.length - 1),
                risk.fingerprint());
        return Optional.of(new HistoryMark(rows, part, Optional.of(withRisk)));
    }

    /**
     * The part a file whose header line is {@code header} would begin with: the one with a risk column when the
     * header names one and the mark has it, else the part as marked.
     */
    Part partFor(String header) {
        return header.endsWith("," + HistoryColumns.RISK) && withRiskColumn.isPresent() ? withRiskColumn.get() : part;
    }
}
