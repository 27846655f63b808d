package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import java.util.Objects;

/**
 * Where a dataset lives and how to read it.
 *
 * @param location a file, a glob such as {@code data/*.csv}, or a directory of (hive-style) partitions
 * @param format   file format, {@link DataFormat#AUTO} to decide from extensions
 * @param csv      CSV options, ignored for other formats
 */
public record DataSource(String location, DataFormat format, CsvOptions csv) {
    public DataSource {
        if (location == null || location.isBlank()) {
            throw new BadInputException("a data location is required (a file, a glob or a directory)");
        }
        format = Objects.requireNonNullElse(format, DataFormat.AUTO);
        csv = Objects.requireNonNullElse(csv, CsvOptions.defaults());
    }

    /** {@code location} with the format decided from extensions and default CSV options. */
    public static DataSource of(String location) {
        return new DataSource(location, DataFormat.AUTO, CsvOptions.defaults());
    }

    public DataSource withFormat(DataFormat f) {
        return new DataSource(location, f, csv);
    }

    public DataSource withCsv(CsvOptions options) {
        return new DataSource(location, format, options);
    }
}
