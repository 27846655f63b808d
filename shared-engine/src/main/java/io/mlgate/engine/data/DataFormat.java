package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a dataset's files are encoded. {@link #AUTO} picks one from each file's extension. */
public enum DataFormat {
    AUTO, CSV, PARQUET, JSONL;

    /** Strict, case-insensitive parse of a user's spelling; the error lists the allowed values. */
    public static DataFormat parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (DataFormat f : values()) {
            if (f.cliName().equals(t)) {
                return f;
            }
        }
        throw new BadInputException("unknown data format '" + text + "'; expected one of: " + allowed());
    }

    /** The spelling used on the command line and in policy files. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The concrete format a file name implies: .csv/.tsv/.txt, .parquet, .jsonl/.ndjson/.json. */
    public static Optional<DataFormat> fromFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".parquet")) {
            return Optional.of(PARQUET);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Optional.of(JSONL);
        }
        return Optional.empty();
    }

    static String allowed() {
        return Arrays.stream(values()).map(DataFormat::cliName).collect(Collectors.joining(", "));
    }
}
