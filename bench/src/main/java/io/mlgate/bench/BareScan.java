package io.mlgate.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor: one DuckDB scan of the file that reads and decodes every value of every column once
 * ({@code bit_xor(hash(column))} for each; plain counts and min/max would be answered from Parquet metadata without
 * reading values), with no checks, no profile and no reports. Usage: {@code BareScan FILE} (.parquet or .csv).
 *
 * <p>Like mlgate's CLI it skips the DuckDB driver's registration of a JFR memory monitor (0.4-0.5 CPU seconds per
 * start, see {@code io.mlgate.engine.data.DuckDbStartup}), so that both pay the same start-up; {@code -Dbare.plain=true}
 * leaves the driver as it is.
 */
public final class BareScan {
    private BareScan() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("bare.plain")) {
            java.lang.reflect.Field f = Class.forName("org.duckdb.DuckDBMemoryMonitor").getDeclaredField("initialized");
            f.setAccessible(true);
            f.setBoolean(null, true);
        }
        String file = args[0];
        String reader = file.endsWith(".parquet") ? "read_parquet" : "read_csv";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            StringBuilder cols = new StringBuilder("count(*)");
            try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + reader + "(" + MakeData.quote(file) + ")")) {
                while (rs.next()) {
                    cols.append(", bit_xor(hash(\"").append(rs.getString(1).replace("\"", "\"\"")).append("\"))");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT " + cols + " FROM " + reader + "(" + MakeData.quote(file) + ")")) {
                rs.next();
                System.out.println("bare scan: " + rs.getLong(1) + " rows");
            }
        }
    }
}
