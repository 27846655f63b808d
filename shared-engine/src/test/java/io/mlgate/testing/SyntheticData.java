package io.mlgate.testing;

import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.data.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes synthetic datasets with known distributions through DuckDB: every value is a function of the row number
 * {@code i}, a seed and a stream number (a hashed uniform), so a seed always gives the same file and different seeds
 * or streams give independent samples.
 */
public final class SyntheticData {
    private SyntheticData() {
    }

    /**
     * SQL for a uniform value in (0, 1) of row {@code i}: DuckDB's 64-bit hash of the single integer
     * i·1000003 + seed·1000 + stream (distinct for every row, seed below 1000 and stream below 1000), reduced modulo a
     * prime.
     */
    public static String uniform(long seed, int stream) {
        if (seed < 0 || seed >= 1000 || stream < 0 || stream >= 1000) {
            throw new IllegalArgumentException("seed and stream must lie in [0, 1000)");
        }
        return "((hash(i * 1000003 + " + (seed * 1000 + stream) + ") % 1000000007) + 0.5) / 1000000007.0";
    }

    /** SQL for a normal value (Box–Muller on streams {@code stream} and {@code stream + 1}). */
    public static String normal(long seed, int stream, double mean, double sd) {
        return String.format(Locale.ROOT, "(%s + %s * sqrt(-2 * ln(%s)) * cos(2 * pi() * %s))", num(mean), num(sd),
                uniform(seed, stream), uniform(seed, stream + 1));
    }

    /** SQL for one of {@code values} drawn with the given shares (summing to 1). */
    public static String categorical(long seed, int stream, String[] values, double[] shares) {
        StringBuilder b = new StringBuilder("(CASE");
        double cum = 0;
        String u = uniform(seed, stream);
        for (int k = 0; k < values.length - 1; k++) {
            cum += shares[k];
            b.append(" WHEN ").append(u).append(" < ").append(num(cum)).append(" THEN ").append(Sql.literal(values[k]));
        }
        return b.append(" ELSE ").append(Sql.literal(values[values.length - 1])).append(" END)").toString();
    }

    /** Writes {@code rows} rows of the named column expressions to {@code dir/file} (.parquet or .csv). */
    public static Path write(Path dir, String file, long rows, Map<String, String> columns) {
        Path p = dir.resolve(file);
        StringJoiner select = new StringJoiner(", ", "SELECT ", " FROM range(" + rows + ") t(i)");
        columns.forEach((name, expr) -> select.add(expr + " AS " + Sql.ident(name)));
        String format = file.endsWith(".csv") ? "csv, HEADER" : "parquet";
        try (ScanEngine engine = ScanEngine.open(); Statement s = engine.connection().createStatement()) {
            Files.createDirectories(p.toAbsolutePath().getParent());
            s.execute("COPY (" + select + ") TO " + Sql.literal(p.toString()) + " (FORMAT " + format + ")");
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ordered map of column name to expression, for {@link #write}. */
    public static Map<String, String> columns(String... nameThenExpr) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k < nameThenExpr.length; k += 2) {
            m.put(nameThenExpr[k], nameThenExpr[k + 1]);
        }
        return m;
    }

    private static String num(double v) {
        return "CAST('" + v + "' AS DOUBLE)";
    }
}
