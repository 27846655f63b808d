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
        return read(() -> rs.getLong(i + 1));
    }

    @Override
    public String getString(int i) {
        return read(() -> rs.getString(i + 1));
    }

    @Override
    public Double getDouble(int i) {
        return read(() -> {
            double v = rs.getDouble(i + 1);
            return rs.wasNull() ? null : v;
        });
    }

    @Override
    public List<Object> getList(int i) {
        return read(() -> {
            java.sql.Array a = rs.getArray(i + 1);
            return a == null ? List.<Object>of() : Arrays.asList((Object[]) a.getArray());
        });
    }

    private interface SqlRead<T> {
        T get() throws SQLException;
    }

    private static <T> T read(SqlRead<T> r) {
        try {
            return r.get();
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
