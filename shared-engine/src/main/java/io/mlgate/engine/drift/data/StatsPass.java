package io.mlgate.engine.drift.data;

import io.mlgate.engine.data.ColumnInfo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Scan A: one aggregate SELECT over a dataset with, per column, its non-null count; for numeric columns the
 * minimum, maximum, mean and population standard deviation; for possibly categorical columns a HyperLogLog distinct
 * count; and, for columns given a {@link Grid}, the sums Σ (lo − x) below and Σ (x − hi) above it, which the
 * Wasserstein distance needs for values outside the grid.
 */
public final class StatsPass {
    private final List<Spec> specs;

    /** What to measure for one column. */
    public record Spec(ColumnInfo column, boolean numeric, boolean distinct, Grid tails) {
    }

    /** The pass's result: statistics and tail sums ({@code [below, above]}) by column name. */
    public record Result(long rows, Map<String, ColumnStats> stats, Map<String, double[]> tailSums) {
    }

    public StatsPass(List<Spec> specs) {
        this.specs = List.copyOf(specs);
    }

    public String sql(String relation) {
        StringJoiner s = new StringJoiner(", ", "SELECT ", " FROM " + relation);
        s.add("count(*)");
        for (Spec spec : specs) {
            if (spec.numeric()) {
                String v = ColumnValues.numeric(spec.column());
                s.add("count(" + v + ")").add("min(" + v + ")").add("max(" + v + ")").add("avg(" + v + ")")
                        .add("stddev_pop(" + v + ")");
                if (spec.tails() != null) {
                    String lo = Grid.lit(spec.tails().lo());
                    String hi = Grid.lit(spec.tails().hi());
                    s.add("coalesce(sum(" + lo + " - " + v + ") FILTER (WHERE " + v + " < " + lo + "), 0)");
                    s.add("coalesce(sum(" + v + " - " + hi + ") FILTER (WHERE " + v + " > " + hi + "), 0)");
                }
            } else {
                s.add("count(" + spec.column().sql() + ")");
            }
            if (spec.distinct()) {
                s.add("approx_count_distinct(" + spec.column().sql() + ")");
            }
        }
        return s.toString();
    }

    public Result read(ResultSet rs) throws SQLException {
        rs.next();
        int i = 1;
        long rows = rs.getLong(i++);
        Map<String, ColumnStats> stats = new LinkedHashMap<>();
        Map<String, double[]> tails = new LinkedHashMap<>();
        for (Spec spec : specs) {
            long nonNull = rs.getLong(i++);
            Double min = null;
            Double max = null;
            Double mean = null;
            Double std = null;
            if (spec.numeric()) {
                min = dbl(rs, i++);
                max = dbl(rs, i++);
                mean = dbl(rs, i++);
                std = dbl(rs, i++);
                if (spec.tails() != null) {
                    tails.put(spec.column().name(), new double[] {rs.getDouble(i++), rs.getDouble(i++)});
                }
            }
            Long distinct = spec.distinct() ? rs.getLong(i++) : null;
            stats.put(spec.column().name(), new ColumnStats(rows, nonNull, distinct, min, max, mean, std));
        }
        return new Result(rows, stats, tails);
    }

    /** Specs for every column in {@code columns}, numeric ones measured as numbers. */
    public static List<Spec> all(List<ColumnInfo> columns, Map<String, Grid> tails) {
        List<Spec> out = new ArrayList<>();
        for (ColumnInfo c : columns) {
            boolean numeric = ColumnValues.numericType(c.type());
            out.add(new Spec(c, numeric, ColumnValues.categoricalType(c.type()), numeric ? tails.get(c.name()) : null));
        }
        return out;
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
