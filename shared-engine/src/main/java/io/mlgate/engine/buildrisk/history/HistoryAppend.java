package io.mlgate.engine.buildrisk.history;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code record}'s short way: a new build appended to a history file as {@link HistoryFile} writes it, by one pass
 * over the file's bytes instead of reading every build, merging and writing them all again. The result is the
 * file's bytes and the new build's row, byte for byte what the long way writes for such a file; the rows already
 * there keep their bytes (so a model's {@link HistoryMark} still holds), and are checked only as far as the pass
 * goes: one line each with the header's number of fields, a known status, a unique id. Their other values were
 * checked when they were written, and {@code train}, {@code evaluate} and {@code predict} check every row they read.
 *
 * <p>Anything else takes the long way ({@link #of} is empty): a build id already in the file (a rerun, replaced in
 * place), a first risk for a file without a risk column, a risk column no build uses any more, a header other than
 * the canonical one, JSON lines, quotes, carriage returns, empty lines, spaces, control characters or non-ASCII
 * bytes anywhere, no line break at the end, no rows.
 */
final class HistoryAppend {
    private static final byte[][] STATUS_NAMES = new byte[BuildStatus.values().length][];
    private static final String PLAIN_HEADER = String.join(",", HistoryColumns.WITHOUT_RISK);
    private static final String RISK_HEADER = String.join(",", HistoryColumns.ALL);
    private static final int ID = HistoryColumns.ALL.indexOf(HistoryColumns.ID);
    private static final int STATUS = HistoryColumns.ALL.indexOf(HistoryColumns.STATUS);
    private static final int RISK = HistoryColumns.ALL.indexOf(HistoryColumns.RISK);

    static {
        for (BuildStatus s : BuildStatus.values()) {
            STATUS_NAMES[s.ordinal()] = s.historyName().getBytes(StandardCharsets.US_ASCII);
        }
    }

    /**
     * The file with {@code build} appended.
     *
     * @param bytes   the file as it will be written
     * @param summary the history's builds per status and its first and last build, the new one included
     */
    record Appended(byte[] bytes, HistorySummary summary) {
    }

    private HistoryAppend() {
    }

    /** {@code file} (its bytes) with {@code build} appended, or empty when the file has to be read and rewritten. */
    static Optional<Appended> of(byte[] file, Build build) {
        int headerEnd = indexOf(file, (byte) '\n', 0);
        if (headerEnd < 0 || file[file.length - 1] != '\n' || headerEnd == file.length - 1) {
            return Optional.empty();
        }
        String header = new String(file, 0, headerEnd, StandardCharsets.ISO_8859_1);
        boolean riskColumn = header.equals(RISK_HEADER);
        if (!riskColumn && !header.equals(PLAIN_HEADER) || build.risk().isPresent() && !riskColumn) {
            return Optional.empty();
        }
        int columns = riskColumn ? HistoryColumns.ALL.size() : HistoryColumns.WITHOUT_RISK.size();
        Set<String> ids = new HashSet<>();
        int[] counts = new int[STATUS_NAMES.length];
        boolean anyRisk = false;
        String firstId = null;
        int field = 0;
        int start = headerEnd + 1;
        for (int i = start; i < file.length; i++) {
            byte b = file[i];
            if (b != ',' && b != '\n') {
                if (b <= ' ' || b >= 0x7F || b == '"') {
                    return Optional.empty();
                }
                continue;
            }
            if (field == ID) {
                String id = new String(file, start, i - start, StandardCharsets.ISO_8859_1);
                if (id.isEmpty() || !ids.add(id)) {
                    return Optional.empty();
                }
                firstId = firstId == null ? id : firstId;
            } else if (field == STATUS) {
                int s = status(file, start, i);
                if (s < 0) {
                    return Optional.empty();
                }
                counts[s]++;
            } else if (field == RISK) {
                anyRisk |= i > start;
            }
            start = i + 1;
            if (b == ',') {
                field++;
            } else if (field != columns - 1) {
                return Optional.empty();
            } else {
                field = 0;
            }
        }
        if (ids.contains(build.id()) || riskColumn && !anyRisk && build.risk().isEmpty()) {
            return Optional.empty();
        }
        byte[] row = HistoryFile.row(build, riskColumn).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[file.length + row.length];
        System.arraycopy(file, 0, out, 0, file.length);
        System.arraycopy(row, 0, out, file.length, row.length);
        counts[build.status().ordinal()]++;
        Map<BuildStatus, Integer> byStatus = new EnumMap<>(BuildStatus.class);
        for (BuildStatus s : BuildStatus.values()) {
            byStatus.put(s, counts[s.ordinal()]);
        }
        return Optional.of(new Appended(out, new HistorySummary(byStatus, Optional.of(firstId),
                Optional.of(build.id()))));
    }

    /** The status whose history name the bytes {@code from} to {@code to} spell (its ordinal), or -1. */
    private static int status(byte[] file, int from, int to) {
        for (int s = 0; s < STATUS_NAMES.length; s++) {
            byte[] name = STATUS_NAMES[s];
            if (name.length == to - from && java.util.Arrays.equals(file, from, to, name, 0, name.length)) {
                return s;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
