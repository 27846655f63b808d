package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the scan engine's multi-line error text into one line that names the file, the line when known,
 * and what was expected. Code that runs its own SQL over a dataset can use {@link #translate} too.
 */
public final class ScanErrors {
    private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Pattern CSV_FILE = Pattern.compile("\\n\\s*file = ([^\\n]+)");
    private static final Pattern COLUMNS = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");
    private static final Pattern CONVERT = Pattern.compile("Could not convert string \"?'?(.*?)'?\"? to '([^']+)'");
    private static final Pattern CONVERT_COLUMN = Pattern.compile("converting column \"([^\"]+)\"");
    private static final Pattern JSON = Pattern.compile(
            "Malformed JSON in file \"([^\"]+)\", at byte (\\d+) in (?:line|record/value) (\\d+): ([^\\n]*)");
    private static final Pattern QUOTED_FILE = Pattern.compile("(?:file|File) ['\"]([^'\"]+)['\"]");

    private ScanErrors() {
    }

    /** One-line {@link BadInputException} for an error reading {@code dataset}'s files. */
    public static BadInputException translate(SQLException e, Dataset dataset) {
        String fallback = dataset.files().isEmpty() ? dataset.source().location() : dataset.files().get(0).toString();
        return translate(e, fallback);
    }

    /**
     * Whether the engine rejected the SQL itself (a bug in the SQL built here) rather than the input; such
     * errors are internal and must not be shown as bad input.
     */
    public static boolean isInternal(SQLException e) {
        String msg = String.valueOf(e.getMessage());
        return msg.startsWith("Parser Error") || msg.startsWith("Catalog Error") || msg.startsWith("Internal Error")
                || msg.contains("No function matches");
    }

    /** {@link #translate(SQLException, Dataset)}, or an {@link IllegalStateException} for internal errors. */
    public static RuntimeException of(SQLException e, Dataset dataset) {
        return isInternal(e) ? internal(e) : translate(e, dataset);
    }

    static RuntimeException of(SQLException e, String fallbackFile) {
        return isInternal(e) ? internal(e) : translate(e, fallbackFile);
    }

    private static IllegalStateException internal(SQLException e) {
        return new IllegalStateException("DuckDB rejected SQL built by mlgate: " + firstLine(e.getMessage()), e);
    }

    static BadInputException translate(SQLException e, String fallbackFile) {
        String msg = String.valueOf(e.getMessage());
        Matcher json = JSON.matcher(msg);
        if (json.find()) {
            // DuckDB 2.0 reports the line after the malformed record's first line (checked in BadInputTest)
            long jsonLine = Math.max(1, Long.parseLong(json.group(3)) - 1);
            return new BadInputException(json.group(1) + ": line " + jsonLine + " is not valid JSON (byte "
                    + json.group(2) + ": " + json.group(4).trim().replaceAll("\\.$", "") + ")", e);
        }
        String file = find(CSV_FILE, msg).orElse(find(QUOTED_FILE, msg).orElse(fallbackFile)).trim();
        String line = find(CSV_LINE, msg).map(l -> "line " + l + ": ").orElse("");
        Matcher cols = COLUMNS.matcher(msg);
        if (cols.find()) {
            return new BadInputException(file + ": " + line + "found " + cols.group(2) + " fields, expected "
                    + cols.group(1) + " like the first line", e);
        }
        if (msg.contains("Invalid unicode")) {
            return new BadInputException(file + ": " + line + "not valid UTF-8; if the file is Latin-1, "
                    + "use --encoding latin-1", e);
        }
        Matcher conv = CONVERT.matcher(msg);
        if (conv.find()) {
            String column = find(CONVERT_COLUMN, msg).map(c -> "column '" + c + "': ").orElse("");
            return new BadInputException(file + ": " + line + column + "cannot read '" + conv.group(1) + "' as "
                    + conv.group(2) + " (the type sniffed from the first rows)", e);
        }
        if (msg.contains("too small to be a Parquet file") || msg.contains("No magic bytes")) {
            return new BadInputException(file + ": is not a Parquet file", e);
        }
        return new BadInputException(file + ": " + line + "cannot be read: " + firstLine(msg), e);
    }

    private static java.util.Optional<String> find(Pattern p, String msg) {
        Matcher m = p.matcher(msg);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** The first line of the engine's message without its error-class prefix. */
    static String firstLine(String msg) {
        String first = msg.lines().filter(l -> !l.isBlank()).findFirst().orElse(msg).trim();
        return first.replaceFirst("^[A-Za-z ]+ Error: ", "");
    }
}
