package io.mlgate.engine.validate.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Runs an old and a new SQL form of the same predicate or aggregate side by side on generated tricky data, in
 * DuckDB, over both a table (flat vectors) and a Parquet copy of it (dictionary-encoded columns arrive as
 * dictionary vectors, which DuckDB evaluates differently), so that a faster form is shown to mean the same.
 */
public final class SideBySide implements AutoCloseable {
    /** Letters, digits, spaces, quotes, glob and LIKE metacharacters, accents (composed and combining), CJK, emoji, control characters. */
    public static final String ALPHABET = "ABCZaz019 _-'\"\\%*?[]é\u0301\u00e5\u4e2d\uD83D\uDE00\n\t";

    private final Connection conn;
    private final Path dir;

    public SideBySide(Path dir) throws SQLException {
        this.conn = DriverManager.getConnection("jdbc:duckdb:");
        this.dir = dir;
    }

    public Connection connection() {
        return conn;
    }

    /** {@code count} random texts of 0 to 13 characters of {@link #ALPHABET} (whole code points). */
    public static List<String> randomTexts(Random random, int count) {
        int[] cps = ALPHABET.codePoints().toArray();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                s.appendCodePoint(cps[random.nextInt(cps.length)]);
            }
            out.add(s.toString());
        }
        return out;
    }

    /**
     * A table {@code name} with one text column {@code s} of {@code rows} values: every entry of {@code pool} (a null
     * entry is a SQL NULL), then entries drawn at random; and the view {@code name_parquet} over a Parquet copy of it.
     * Returns both names.
     */
    public List<String> texts(String name, List<String> pool, int rows, Random random) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TEMP TABLE " + name + "_pool (i INTEGER, s VARCHAR)");
        }
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO " + name + "_pool VALUES (?, ?)")) {
            for (int i = 0; i < pool.size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, pool.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long seed = random.nextLong() & 0xffffffL;
        return table(name, "SELECT p.s FROM range(" + rows + ") r JOIN " + name + "_pool p ON p.i = CASE WHEN r.range < "
                + pool.size() + " THEN r.range ELSE hash(r.range + " + seed + ") % " + pool.size() + " END ORDER BY r.range");
    }

    /** The table {@code name} made by {@code select}, and the view {@code name_parquet} over a Parquet copy. */
    public List<String> table(String name, String select) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE " + name + " AS " + select);
        }
        return withParquetCopy(name);
    }

    private List<String> withParquetCopy(String name) throws SQLException {
        String file = dir.resolve(name + ".parquet").toString().replace("'", "''");
        try (Statement st = conn.createStatement()) {
            st.execute("COPY " + name + " TO '" + file + "' (FORMAT parquet)");
            st.execute("CREATE VIEW " + name + "_parquet AS SELECT * FROM read_parquet('" + file + "')");
        }
        return List.of(name, name + "_parquet");
    }

    /** Rows of {@code relation} where {@code considered} holds and the two expressions differ (NULL equals NULL). */
    public long differences(String relation, String considered, String oldSql, String newSql) throws SQLException {
        return scalar("SELECT count_if((" + considered + ") AND ((" + oldSql + ") IS DISTINCT FROM (" + newSql + ")))"
                + " FROM " + relation);
    }

    /** The first column of the first row of {@code sql}, as a long. */
    public long scalar(String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
