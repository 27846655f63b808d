package io.mlgate.engine.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** The current row of a JDBC result set as a {@link ResultRow} (position 0 is the first column). */
final class JdbcResultRow implements ResultRow {
    private final ResultSet rs;

    JdbcResultRow(ResultSet rs) {
        this.rs = rs;
    }

    @Override
    public long getLong(int i) {
        try {
            return rs.getLong(i + 1);
        } catch (SQLException e) {
            throw new ResultRowException(e);
        }
    }

    @Override
    public String getString(int i) {
        try {
            return rs.getString(i + 1);
        } catch (SQLException e) {
            throw new ResultRowException(e);
        }
    }

    @Override
    public Double getDouble(int i) {
        try {
            double v = rs.getDouble(i + 1);
            return rs.wasNull() ? null : v;
        } catch (SQLException e) {
            throw new ResultRowException(e);
        }
    }

    @Override
    public List<Object> getList(int i) {
        try {
            java.sql.Array a = rs.getArray(i + 1);
            return a == null ? List.of() : Arrays.asList((Object[]) a.getArray());
        } catch (SQLException e) {
            throw new ResultRowException(e);
        }
    }

    /** A failure reading a value, carrying the engine's SQLException to the pass that reads the row. */
    static final class ResultRowException extends RuntimeException {
        ResultRowException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
