package io.mlgate.engine.model;

import java.util.Objects;

/**
 * One column to read into a {@link Table}, how to read it and what it is for (named in errors).
 *
 * @param name   column name in the data
 * @param readAs how its values become a column
 * @param role   what the column is for, e.g. {@code label column}, {@code feature}
 */
public record ColumnRequest(String name, ReadAs readAs, String role) {
    public ColumnRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(readAs, "readAs");
        Objects.requireNonNull(role, "role");
    }

    /** How a column's values are read. */
    public enum ReadAs {
        /** Numbers and booleans as numbers, text as categories; other types (dates, blobs) are refused. */
        FEATURE,
        /** Every type as text categories (a classification label, a slice column). */
        TEXT,
        /** Numbers only (a regression label, a score); anything else is refused. */
        NUMBER,
        /** Numbers as numbers, everything else as text categories. */
        AUTO
    }
}
