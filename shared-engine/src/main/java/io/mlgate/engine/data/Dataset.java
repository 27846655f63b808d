package io.mlgate.engine.data;

import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.validate.sql.SqlDialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A registered dataset: a DuckDB view over exact files (or, through {@link #of}, a view registered in another
 * engine such as Spark). Queries over {@link #relation()} read the files each time (see {@link ScanEngine}).
 */
public final class Dataset {
    private final String name;
    private final String relation;
    private final DataSource source;
    private final List<Path> files;
    private final List<ColumnInfo> columns;
    private final long rowCount;
    private final SqlDialect dialect;
    private Map<String, String> fingerprints;
    private CompletableFuture<Map<String, String>> pending;

    Dataset(String name, String relation, DataSource source, List<Path> files, List<ColumnInfo> columns,
            long rowCount) {
        this(SqlDialect.DUCKDB, name, relation, source, files, columns, rowCount, null);
    }

    private Dataset(SqlDialect dialect, String name, String relation, DataSource source, List<Path> files,
                    List<ColumnInfo> columns, long rowCount, Map<String, String> fingerprints) {
        this.dialect = dialect;
        this.name = name;
        this.relation = relation;
        this.source = source;
        this.files = List.copyOf(files);
        this.columns = List.copyOf(columns);
        this.rowCount = rowCount;
        this.fingerprints = fingerprints == null ? null : Map.copyOf(fingerprints);
    }

    /**
     * A dataset registered by another engine under {@code name}, queried in {@code dialect}; its relation is
     * {@code name} quoted in that dialect. {@code fingerprints} (keyed by file) as that engine computed them.
     */
    public static Dataset of(SqlDialect dialect, String name, DataSource source, List<ColumnInfo> columns,
                             long rowCount, Map<String, String> fingerprints) {
        return new Dataset(dialect, name, dialect.ident(name), source, List.of(), columns, rowCount, fingerprints);
    }

    public String name() {
        return name;
    }

    /** The SQL dialect of the engine that holds this dataset. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** The quoted view name, ready for {@code FROM}. */
    public String relation() {
        return relation;
    }

    public DataSource source() {
        return source;
    }

    /** The local files read, sorted by path; empty when another engine resolved them (see {@link #of}). */
    public List<Path> files() {
        return files;
    }

    /** Columns in file order; hive partition columns come last. */
    public List<ColumnInfo> columns() {
        return columns;
    }

    public Optional<ColumnInfo> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Rows counted when the dataset was registered; -1 when its rows were not read then (see {@link #rowsRead()}). */
    public long rowCount() {
        return rowCount;
    }

    /**
     * Whether registration read every row, so that the files are known to be readable; false after
     * {@link ScanEngine#registerUnread}, when the first query that reads every column finds out.
     */
    public boolean rowsRead() {
        return rowCount >= 0;
    }

    /**
     * SHA-256 of each file keyed by path, computed on first use (or taken from {@link FingerprintsAhead}, waiting for
     * it; if that failed or hashed other files, computed here, so that an unreadable file fails as it always did).
     */
    public synchronized Map<String, String> fingerprints() {
        if (fingerprints == null && pending != null) {
            try {
                fingerprints = pending.join();
            } catch (CompletionException | CancellationException e) {
                // hashed again below: its error is the one to report
            }
            pending = null;
        }
        if (fingerprints == null) {
            fingerprints = Map.copyOf(Fingerprints.of(files));
        }
        return fingerprints;
    }

    /** Fingerprints being computed elsewhere ({@link FingerprintsAhead#handTo}): of exactly {@link #files()}, or null. */
    synchronized void fingerprintsFrom(CompletableFuture<Map<String, String>> hashes) {
        if (fingerprints == null) {
            pending = hashes;
        }
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + files.size() + " file(s), " + columns.size() + " columns]";
    }
}
