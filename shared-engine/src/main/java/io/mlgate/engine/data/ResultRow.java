package io.mlgate.engine.data;

import java.util.List;

/**
 * One row of an aggregate query's result, as either engine returns it (a JDBC result set on DuckDB, a Spark row),
 * read by position from 0. Profile passes read their statistics through this, so the reading is written once.
 */
public interface ResultRow {
    long getLong(int i);

    /** A string, or null. */
    String getString(int i);

    /** Any number as a double, or null. */
    Double getDouble(int i);

    /** A list value's elements (null elements kept), or an empty list for null. */
    List<Object> getList(int i);

    /** Any number as an int, or null. */
    default Integer getInteger(int i) {
        Double d = getDouble(i);
        return d == null ? null : d.intValue();
    }
}
