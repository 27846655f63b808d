package io.mlgate.engine.api;

import java.util.Locale;

/** Logical column types, the vocabulary of schema files. Each maps from many physical types of the scan engine. */
public enum ColumnType {
    INTEGER, DOUBLE, DECIMAL, STRING, BOOLEAN, DATE, TIMESTAMP, TIME, BINARY, OTHER;

    public boolean isNumeric() {
        return this == INTEGER || this == DOUBLE || this == DECIMAL;
    }

    /** The spelling used in schema files. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Logical type of a DuckDB/SQL type name such as {@code BIGINT}, {@code DECIMAL(10,2)} or {@code VARCHAR}. */
    public static ColumnType fromSqlType(String sqlType) {
        String t = sqlType.toUpperCase(Locale.ROOT);
        int paren = t.indexOf('(');
        if (paren >= 0) {
            t = t.substring(0, paren);
        }
        return switch (t.trim()) {
            case "TINYINT", "SMALLINT", "INTEGER", "INT", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                    "UBIGINT", "UHUGEINT", "INT1", "INT2", "INT4", "INT8", "LONG", "SHORT" -> INTEGER;
            case "DOUBLE", "FLOAT", "REAL", "FLOAT4", "FLOAT8" -> DOUBLE;
            case "DECIMAL", "NUMERIC" -> DECIMAL;
            case "VARCHAR", "TEXT", "STRING", "CHAR", "BPCHAR", "UUID" -> STRING;
            case "BOOLEAN", "BOOL" -> BOOLEAN;
            case "DATE" -> DATE;
            case "TIMESTAMP", "DATETIME", "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ", "TIMESTAMP_S", "TIMESTAMP_MS",
                    "TIMESTAMP_NS" -> TIMESTAMP;
            case "TIME", "TIME WITH TIME ZONE", "TIMETZ" -> TIME;
            case "BLOB", "BYTEA", "BINARY", "VARBINARY" -> BINARY;
            default -> OTHER;
        };
    }
}
