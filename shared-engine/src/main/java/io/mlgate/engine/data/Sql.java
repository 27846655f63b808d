package io.mlgate.engine.data;

/** Quoting for SQL text the engine builds: identifiers and string literals, never user text pasted raw. */
public final class Sql {
    private Sql() {
    }

    /** A double-quoted identifier: {@code my "col"} becomes {@code "my ""col"""}. */
    public static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A single-quoted string literal. */
    public static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }
}
