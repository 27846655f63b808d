package io.mlgate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Replicates the vega-datasets flights file (3 million rows) to {@code rows} rows with DuckDB and writes it as
 * Parquet and CSV. Copy k of a row is shifted by k years and gets the key {@code id = k * n + row + 1}, so the
 * replicated data keeps a unique key and realistic dates.
 *
 * <p>Usage: {@code MakeData SOURCE.parquet ROWS OUT_DIR} writes {@code OUT_DIR/flights.parquet} and
 * {@code OUT_DIR/flights.csv}.
 */
public final class MakeData {
    private MakeData() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET temp_directory = " + quote(out.resolve("duckdb-tmp").toString()));
            st.execute("CREATE TABLE src AS SELECT row_number() OVER () - 1 AS rn, * FROM read_parquet("
                    + quote(source.toString()) + ")");
            long n;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM src")) {
                rs.next();
                n = rs.getLong(1);
            }
            long copies = (rows + n - 1) / n;
            Path parquet = out.resolve("flights.parquet");
            st.execute("COPY (SELECT k * " + n + " + rn + 1 AS id, date + to_years(CAST(k AS INTEGER)) AS date, delay, "
                    + "distance, origin, destination FROM src, range(" + copies + ") t(k) WHERE k * " + n + " + rn < "
                    + rows + " ORDER BY id) TO " + quote(parquet.toString()) + " (FORMAT parquet)");
            st.execute("COPY (SELECT * FROM read_parquet(" + quote(parquet.toString()) + ")) TO "
                    + quote(out.resolve("flights.csv").toString()) + " (HEADER)");
            System.out.println("wrote " + rows + " rows (" + copies + " copies of " + n + ") to " + parquet + " and "
                    + out.resolve("flights.csv"));
        }
    }

    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
