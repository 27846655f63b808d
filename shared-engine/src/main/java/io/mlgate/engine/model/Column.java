package io.mlgate.engine.model;

/** One column of a {@link Table}: numbers (missing = NaN) or categories (missing = -1). */
public sealed interface Column permits NumericColumn, CategoricalColumn {
    String name();

    int size();

    boolean isMissing(int row);

    /** A copy with the rows in {@code order} ({@code order[i]} is the source row of row i). */
    Column reorder(int[] order);
}
