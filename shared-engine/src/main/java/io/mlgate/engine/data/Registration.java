package io.mlgate.engine.data;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.StringJoiner;

/** The steps of {@link ScanEngine#register}: resolve files, check them, create the view, validate it. */
final class Registration {
    private final ScanEngine engine;
    private final String name;
    private final DataSource source;
    private final boolean readRows;

    /** {@code readRows}: read every row of text formats now (Parquet's rows are counted from its footers anyway). */
    Registration(ScanEngine engine, String name, DataSource source, boolean readRows) {
        this.engine = engine;
        this.name = name;
        this.source = source;
        this.readRows = readRows;
    }

    Dataset run() {
        FileSet set = FileSet.resolve(source.location(), source.format());
        set.files().forEach(InputChecks::readable);
        String scan = switch (set.format()) {
            case CSV -> CsvScan.sql(engine, set, source.csv());
            case PARQUET -> parquet(set);
            case JSONL -> json(set);
            case AUTO -> throw new IllegalStateException("format was not resolved");
        };
        String relation = Sql.ident(name);
        String first = set.files().get(0).toString();
        try {
            engine.execute("CREATE OR REPLACE VIEW " + relation + " AS SELECT * FROM " + scan);
            List<ColumnInfo> columns = engine.describe(relation);
            long rows = readRows || set.format() == DataFormat.PARQUET ? validate(relation, columns, set.format()) : -1;
            return new Dataset(name, relation, source, set.files(), columns, rows);
        } catch (SQLException e) {
            dropQuietly(relation);
            throw ScanErrors.of(e, first);
        }
    }

    /** Counts rows; for text formats also reads every column so that parse errors surface now. */
    private long validate(String relation, List<ColumnInfo> columns, DataFormat format) throws SQLException {
        StringJoiner select = new StringJoiner(", ", "SELECT ", " FROM " + relation);
        select.add("count(*)");
        if (format != DataFormat.PARQUET) {
            columns.forEach(c -> select.add("count(" + c.sql() + ")"));
        }
        return engine.query(select.toString(), rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    private static String parquet(FileSet set) {
        set.files().forEach(InputChecks::parquetMagic);
        return "read_parquet(" + fileList(set.files()) + ", hive_partitioning=" + set.hive()
                + ", union_by_name=" + (set.files().size() > 1) + ")";
    }

    private static String json(FileSet set) {
        boolean arrays = set.files().stream().allMatch(f -> f.toString().toLowerCase().endsWith(".json"));
        return "read_json(" + fileList(set.files()) + ", format=" + (arrays ? "'auto'" : "'newline_delimited'")
                + ", hive_partitioning=" + set.hive() + ")";
    }

    /** A DuckDB list literal of file paths. */
    static String fileList(List<Path> files) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        files.forEach(f -> j.add(Sql.literal(f.toString())));
        return j.toString();
    }

    private void dropQuietly(String relation) {
        try {
            engine.execute("DROP VIEW IF EXISTS " + relation);
        } catch (SQLException ignored) {
            // the view may never have been created; nothing to undo
        }
    }
}
