package io.mlgate.engine.validate.policy;

import java.util.List;

/** A reviewed, committed description of a dataset: its columns and compound unique keys. */
public record DataSchema(List<SchemaColumn> columns, List<List<String>> uniqueKeys, String file) {
    public static final int VERSION = 1;

    public DataSchema {
        columns = List.copyOf(columns);
        uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
    }
}
