package io.mlgate.engine.drift.data;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.data.ColumnInfo;

/**
 * The SQL expressions drift reads a column through: numeric columns as DOUBLE with NaN and ±infinity turned into
 * NULL (so they count as missing), categorical columns as their text form.
 */
public final class ColumnValues {
    private ColumnValues() {
    }

    public static String numeric(ColumnInfo c) {
        String d = "CAST(" + c.sql() + " AS DOUBLE)";
        return c.type() == ColumnType.DOUBLE ? "CASE WHEN isfinite(" + d + ") THEN " + d + " END" : d;
    }

    public static String text(ColumnInfo c) {
        return "CAST(" + c.sql() + " AS VARCHAR)";
    }

    /** Whether a column of this type can be compared as numbers. */
    public static boolean numericType(ColumnType t) {
        return t.isNumeric();
    }

    /** Whether a column of this type can be compared as categories by default (integers only when few values). */
    public static boolean categoricalType(ColumnType t) {
        return t == ColumnType.STRING || t == ColumnType.BOOLEAN || t == ColumnType.INTEGER;
    }
}
