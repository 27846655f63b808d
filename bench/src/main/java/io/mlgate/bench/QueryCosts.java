package io.mlgate.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each part of an aggregate query costs: runs named queries over a view {@code data} of one file, interleaved
 * (every round runs each query once, every other round in reverse order) so that a busy machine slows them alike,
 * and prints the median and minimum wall and CPU time of each (CPU summed over the process's threads, DuckDB's
 * included, from {@code /proc/self/task/}). Usage:
 * {@code QueryCosts QUERIES.sql FILE [ROUNDS=9] [THREADS=2]}. The queries file holds blocks headed
 * {@code -- name: NAME}; a query whose name ends with {@code *} also runs once without each of its select items in
 * turn ({@code 0} in its place; items as mlgate's scan plan writes them, one per line, {@code ,\n  } between), which
 * is that item's marginal cost. Every run of a query must return the same row.
 */
public final class QueryCosts {
    private QueryCosts() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> queries = expand(parse(Files.readString(Path.of(args[0]))));
        String file = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        String reader = file.endsWith(".parquet") ? "read_parquet" : "read_csv";
        Map<String, List<double[]>> times = new LinkedHashMap<>();
        Map<String, String> results = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET threads = " + threads);
            st.execute("CREATE VIEW data AS SELECT * FROM " + reader + "(" + MakeData.quote(file) + ")");
            for (Map.Entry<String, String> q : queries.entrySet()) {
                results.put(q.getKey(), firstRow(st, q.getValue()));
                times.put(q.getKey(), new ArrayList<>());
            }
            for (int r = 0; r < rounds; r++) {
                List<String> order = new ArrayList<>(queries.keySet());
                if (r % 2 == 1) {
                    Collections.reverse(order);
                }
                for (String name : order) {
                    long cpu0 = cpuNanos();
                    long t0 = System.nanoTime();
                    String row = firstRow(st, queries.get(name));
                    long t1 = System.nanoTime();
                    long cpu1 = cpuNanos();
                    if (!row.equals(results.get(name))) {
                        throw new IllegalStateException(name + " returned " + row + ", before " + results.get(name));
                    }
                    times.get(name).add(new double[]{(t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9});
                }
            }
        }
        System.out.printf("%s, %d rounds, %d threads; seconds%n%n", file, rounds, threads);
        System.out.println("| query | wall median | wall min | CPU median | CPU min |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, List<double[]>> e : times.entrySet()) {
            List<double[]> t = e.getValue();
            System.out.printf("| %s | %.3f | %.3f | %.3f | %.3f |%n", e.getKey().replace("|", "\\|"), median(t, 0), min(t, 0),
                    median(t, 1), min(t, 1));
        }
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("-- name:")) {
                if (name != null) {
                    out.put(name, sql.toString().trim());
                }
                name = line.substring("-- name:".length()).trim();
                sql.setLength(0);
            } else if (!line.startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, sql.toString().trim());
        }
        return out;
    }

    /** Each query, and for names ending in {@code *}, the query without each select item. */
    private static Map<String, String> expand(Map<String, String> queries) {
        Map<String, String> out = new LinkedHashMap<>();
        queries.forEach((name, sql) -> {
            if (!name.endsWith("*")) {
                out.put(name, sql);
                return;
            }
            String base = name.substring(0, name.length() - 1).trim();
            out.put(base, sql);
            int from = sql.lastIndexOf("\nFROM ");
            String[] items = sql.substring("SELECT ".length(), from).split(",\n  ");
            for (int i = 0; i < items.length; i++) {
                String[] rest = items.clone();
                int as = items[i].lastIndexOf(" AS ");
                rest[i] = "0" + (as < 0 ? "" : items[i].substring(as));
                String label = (as < 0 ? items[i] : items[i].substring(0, as)).replaceAll("'[^']*'(, '[^']*'){2,}", "…");
                out.put(base + " without " + label, "SELECT " + String.join(",\n  ", rest) + sql.substring(from));
            }
        });
        return out;
    }

    private static String firstRow(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            StringBuilder row = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
            }
            return row.toString();
        }
    }

    /** CPU time of all the process's threads (DuckDB's native ones included), in nanoseconds. */
    private static long cpuNanos() {
        File[] tasks = new File("/proc/self/task").listFiles();
        if (tasks == null) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
        long sum = 0;
        for (File t : tasks) {
            try {
                String s = Files.readString(new File(t, "schedstat").toPath());
                sum += Long.parseLong(s.substring(0, s.indexOf(' ')));
            } catch (Exception e) {
                // a thread that ended between listing and reading
            }
        }
        return sum;
    }

    private static double median(List<double[]> t, int k) {
        List<Double> v = new ArrayList<>();
        t.forEach(x -> v.add(x[k]));
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private static double min(List<double[]> t, int k) {
        return t.stream().mapToDouble(x -> x[k]).min().orElse(Double.NaN);
    }
}
