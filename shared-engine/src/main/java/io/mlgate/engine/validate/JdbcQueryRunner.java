package io.mlgate.engine.validate;

import io.mlgate.engine.validate.sql.SqlDialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link QueryRunner} over a JDBC connection to embedded DuckDB; compiling is {@code EXPLAIN}. */
public final class JdbcQueryRunner implements QueryRunner {
    private final Connection conn;

    public JdbcQueryRunner(Connection conn) {
        this.conn = conn;
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.DUCKDB;
    }

    @Override
    public List<Object> firstRow(String sql) {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<Object> row = new ArrayList<>();
            if (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
            }
            return row;
        } catch (SQLException e) {
            throw new QueryException(SqlErrors.firstLine(e), e);
        }
    }

    @Override
    public List<Map<String, Object>> rows(String sql) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new QueryException(SqlErrors.firstLine(e), e);
        }
    }

    @Override
    public void compile(String sql) {
        try (Statement st = conn.createStatement()) {
            st.execute("EXPLAIN " + sql);
        } catch (SQLException e) {
            throw new QueryException(SqlErrors.firstLine(e), e);
        }
    }
}
