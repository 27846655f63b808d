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

    // equals and hashCode written out, as in Metric: a record's own are bootstrapped through invokedynamic at first
    // use, a tree of method handles built in every fresh CLI JVM that compares two sources (validate and drift do,
    // to hand the input's fingerprints over); these say the same

    @Override
    public boolean equals(Object o) {
        // Objects.equals first compares references: sources made from the same options share them, and CsvOptions'
        // own (record) equals is then not bootstrapped at all
        return o instanceof DataSource d && location.equals(d.location) && format == d.format
                && Objects.equals(csv, d.csv);
    }

    @Override
    public int hashCode() {
        return (31 * location.hashCode() + format.hashCode()) * 31 + csv.hashCode();
    }
}
