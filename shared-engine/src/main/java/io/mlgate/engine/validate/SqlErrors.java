package io.mlgate.engine.validate;

import java.sql.SQLException;

/** Turns a JDBC error into the one line a user needs. */
public final class SqlErrors {
    private SqlErrors() {
    }

    public static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        for (String line : m.split("\n")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("LINE ") && !t.equals("^")) {
                return t;
            }
        }
        return m.trim();
    }
}
