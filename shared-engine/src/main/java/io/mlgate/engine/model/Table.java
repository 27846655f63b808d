package io.mlgate.engine.model;

import io.mlgate.engine.api.BadInputException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows of a dataset held column by column, as models read them. Immutable: {@link #with} returns a new table that
 * shares every other column, so a perturbed copy of one feature costs one column.
 *
 * @param source where the rows came from, for error messages
 */
public record Table(String source, int rows, Map<String, Column> columns) {
    public Table {
        Map<String, Column> copy = new LinkedHashMap<>(columns);
        for (Column c : copy.values()) {
            if (c.size() != rows) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, not " + rows);
            }
        }
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    public Column column(String name) {
        Column c = columns.get(name);
        if (c == null) {
            throw new BadInputException(source + ": has no column '" + name + "'; columns: "
                    + String.join(", ", columns.keySet()));
        }
        return c;
    }

    public Collection<Column> all() {
        return columns.values();
    }

    /** This table with {@code c} replacing the column of the same name (or added). */
    public Table with(Column c) {
        Map<String, Column> m = new LinkedHashMap<>(columns);
        m.put(c.name(), c);
        return new Table(source, rows, m);
    }

    /** The rows in {@code order}, every column reordered. */
    public Table reorder(int[] order) {
        Map<String, Column> m = new LinkedHashMap<>();
        columns.forEach((k, v) -> m.put(k, v.reorder(order)));
        return new Table(source, order.length, m);
    }
}
