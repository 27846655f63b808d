package io.mlgate.engine.drift.data;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.data.ColumnInfo;

/**
 * The SQL expressions drift reads a column through: numbers as DOUBLE (NaN and infinities turned into NULL, so that
 * they count as missing, only for columns that hold any — the check costs a third of a scan), categories as the
 * column itself where the JDBC text of its values is its DuckDB text (text, boolean, integer), else cast to text.
 */
public final class ColumnValues {
    private ColumnValues() {
    }

    public static String numeric(ColumnInfo c) {
        return c.type() == ColumnType.DOUBLE ? c.sql() : "CAST(" + c.sql() + " AS DOUBLE)";
    }

    /** {@link #numeric} with non-finite values as NULL. */
    public static String finite(ColumnInfo c) {
        String d = numeric(c);
        return "(CASE WHEN isfinite(" + d + ") THEN " + d + " END)";
    }

    public static String category(ColumnInfo c) {
        return switch (c.type()) {
            case STRING, BOOLEAN, INTEGER -> c.sql();
            default -> "CAST(" + c.sql() + " AS VARCHAR)";
        };
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
