package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * One embedded, in-memory DuckDB connection over which datasets are registered and measured.
 *
 * <p>{@link #register} creates a <em>view</em> over the files: nothing is copied into memory, and every query
 * over {@link Dataset#relation()} reads the files again (DuckDB scans are parallel and fast; Parquet reads only
 * the columns a query needs). Registration itself reads each CSV or JSON file once, every column, so that a
 * ragged row, bad encoding or malformed line fails there with a {@link BadInputException} and not halfway through
 * a gate; that pass also yields {@link Dataset#rowCount()}. Parquet files are checked by their magic bytes and
 * footers only.
 */
public final class ScanEngine implements AutoCloseable {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final Connection connection;
    private final AtomicLong queries = new AtomicLong();

    private ScanEngine(Connection connection) {
        this.connection = connection;
    }

    /**
     * An in-memory engine using every available processor. The connection comes from DuckDB's driver itself, not
     * through {@code DriverManager}, whose first {@code getConnection} loads every driver on the class path and
     * builds its trace messages with string concatenations bootstrapped at first use (docs/benchmarks.md, "Start-up
     * of the CLI").
     */
    public static ScanEngine open() {
        DuckDbStartup.skipJfrMemoryMonitor();
        try {
            Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new Properties());
            ScanEngine engine = new ScanEngine(c);
            engine.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            return engine;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the embedded DuckDB engine: " + e.getMessage(), e);
        }
    }

    /** The underlying connection, for callers that run their own SQL over registered datasets. */
    public Connection connection() {
        return connection;
    }

    /**
     * Registers {@code source} as a view called {@code name} (letters, digits and {@code _}), replacing any
     * earlier one of that name.
     *
     * @throws BadInputException with a one-line message when the files are missing, unreadable or malformed
     */
    public Dataset register(String name, DataSource source) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new BadInputException("dataset name '" + name + "' must be letters, digits and _ (max 63)");
        }
        return new Registration(this, name, source, true).run();
    }

    /**
     * {@link #register} without the pass that reads every row of CSV and JSON files: the caller's first query that
     * reads every column does that (and must turn its errors into bad input with {@link ScanErrors#of}), so a gate
     * that scans anyway reads a text file once instead of twice. The dataset's {@link Dataset#rowCount()} is then
     * unknown. Missing, empty or header-only files, the header and the dialect are still checked here.
     */
    public Dataset registerUnread(String name, DataSource source) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new BadInputException("dataset name '" + name + "' must be letters, digits and _ (max 63)");
        }
        return new Registration(this, name, source, false).run();
    }

    /** Runs a query and hands its result set to {@code reader}; every query is counted. */
    <T> T query(String sql, ResultReader<T> reader) throws SQLException {
        queries.incrementAndGet();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return reader.read(rs);
        }
    }

    /** Runs a statement that returns no rows. */
    void execute(String sql) throws SQLException {
        queries.incrementAndGet();
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Column names and types of a relation or query, read from {@code DESCRIBE}. */
    List<ColumnInfo> describe(String relationOrQuery) throws SQLException {
        return query("DESCRIBE " + relationOrQuery, rs -> {
            List<ColumnInfo> out = new ArrayList<>();
            while (rs.next()) {
                out.add(ColumnInfo.of(rs.getString("column_name"), rs.getString("column_type")));
            }
            return out;
        });
    }

    /** How many queries this engine has run; lets tests check that profiling is a fixed number of scans. */
    long queryCount() {
        return queries.get();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close DuckDB: " + e.getMessage(), e);
        }
    }

    /** Reads one result set. */
    @FunctionalInterface
    interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
