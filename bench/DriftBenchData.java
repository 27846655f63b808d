import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Writes the drift benchmark's data with DuckDB (the driver inside mlgate.jar): a reference and a current dataset of
 * N rows each, 14 columns of a typical tabular model input, as Parquet and/or CSV. Deterministic: every value is a
 * function of the row number (hash-based uniforms), so reruns write the same files.
 *
 * The current data shifts three columns on purpose — score by +0.1 standard deviation, amount by +10 %, and the
 * country shares — and leaves the rest alone.
 *
 * Usage: java -cp shared-engine/target/mlgate.jar bench/DriftBenchData.java OUT_DIR ROWS [parquet|csv|both]
 */
public class DriftBenchData {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        String formats = args.length > 2 ? args[2] : "both";
        Files.createDirectories(out);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String side : new String[] {"reference", "current"}) {
                String select = select(rows, side.equals("current"));
                if (!formats.equals("csv")) {
                    s.execute("COPY (" + select + ") TO '" + out.resolve(side + ".parquet") + "' (FORMAT parquet)");
                }
                if (!formats.equals("parquet")) {
                    s.execute("COPY (" + select + ") TO '" + out.resolve(side + ".csv") + "' (FORMAT csv, HEADER)");
                }
                System.err.println("bench-data: wrote " + side + " (" + rows + " rows, " + formats + ") to " + out);
            }
        }
    }

    /** The rows of one side; {@code shifted} applies the current data's changes. */
    static String select(long rows, boolean shifted) {
        long offset = shifted ? 1_000_000_000_000L : 0;
        // a uniform per (row, stream): the 64-bit hash of one distinct integer per pair, reduced modulo a prime
        String u = "((hash((i + " + offset + ") * 16 + %d) %% 1000000007) + 0.5) / 1000000007.0";
        String u1 = String.format(u, 1), u2 = String.format(u, 2), u3 = String.format(u, 3), u4 = String.format(u, 4);
        String u5 = String.format(u, 5), u6 = String.format(u, 6), u7 = String.format(u, 7), u8 = String.format(u, 8);
        String normal = "sqrt(-2 * ln(" + u1 + ")) * cos(2 * pi() * " + u2 + ")";
        String normal2 = "sqrt(-2 * ln(" + u3 + ")) * cos(2 * pi() * " + u4 + ")";
        String countries = "['US','DE','FR','GB','IN','BR','JP','CN','CA','AU','ES','IT','NL','SE','PL','MX','KR','ZA',"
                + "'AR','NO','DK','FI','IE','PT','AT','CH','BE','NZ','SG','IL']";
        // country index: a skewed draw (squared uniform), reshuffled for the current data
        String country = shifted ? countries + "[1 + CAST(floor(sqrt(" + u5 + ") * 30) AS INTEGER)]"
                : countries + "[1 + CAST(floor(" + u5 + " * " + u5 + " * 30) AS INTEGER)]";
        return "SELECT i + " + offset + " AS id,"
                + " TIMESTAMP '2024-01-01' + to_seconds(CAST(i % 31536000 AS BIGINT)) AS event_time,"
                + " round(exp(3 + 0.8 * " + normal2 + ")" + (shifted ? " * 1.1" : "") + ", 2) AS amount,"
                + " CAST(18 + floor(" + u6 + " * 60 + " + u7 + " * 12) AS INTEGER) AS age,"
                + " " + normal + (shifted ? " + 0.1" : "") + " AS score,"
                + " CAST(floor(-ln(" + u7 + ") * 4) AS INTEGER) AS sessions,"
                + " CAST(1 + floor(" + u8 + " * " + u8 + " * 5) AS INTEGER) AS rating,"
                + " " + country + " AS country,"
                + " ['mobile','desktop','tablet','tv'][1 + CAST(floor(" + u6 + " * " + u6 + " * 4) AS INTEGER)] AS device,"
                + " " + u3 + " < 0.35 AS is_member,"
                + " CASE WHEN " + u4 + " < 0.0001 THEN 1e6 ELSE round(-ln(" + u2 + ") * 80, 1) END AS latency_ms,"
                + " round(" + u1 + " * 100, 0) / 100 AS discount,"
                + " CAST(" + u8 + " < 0.2 AS INTEGER) AS churned,"
                + " 1 / (1 + exp(-(" + normal + "))) AS churn_score"
                + " FROM range(" + rows + ") t(i)";
    }
}
