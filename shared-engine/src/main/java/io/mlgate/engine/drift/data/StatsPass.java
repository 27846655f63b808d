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
 * Scan A: one aggregate SELECT over a dataset with, per column, its non-null count; for numeric columns the minimum,
 * maximum, Σx and Σx² (cheap sums instead of DuckDB's per-row Welford {@code stddev}, which costs twice the scan); for
 * possibly categorical columns a HyperLogLog distinct count; and for columns given a {@link Grid}, Σ|x − lo| and
 * Σ|x − hi|, from which the tail sums follow without a per-row condition:
 * Σ(lo − x)⁺ = (Σ|x − lo| − Σ(x − lo)) / 2 and Σ(x − hi)⁺ = (Σ|x − hi| + Σ(x − hi)) / 2.
 */
public final class StatsPass {
    private final List<Spec> specs;

    /**
     * What to measure for one column.
     *
     * @param finiteOnly read the column through {@link ColumnValues#finite}, for columns holding NaN or infinities
     */
    public record Spec(ColumnInfo column, boolean numeric, boolean distinct, Grid tails, boolean finiteOnly) {
    }

    /** The pass's result: statistics and tail sums ({@code [below, above]}) by column name. */
    public record Result(long rows, Map<String, ColumnStats> stats, Map<String, double[]> tailSums) {
    }

    public StatsPass(List<Spec> specs) {
        this.specs = List.copyOf(specs);
    }

    /**
     * The SELECT: an inner projection computes each column's value expression once ({@code v0}, {@code v1}, …), the
     * outer one aggregates them.
     */
    public String sql(String relation) {
        StringJoiner inner = new StringJoiner(", ");
        StringJoiner s = new StringJoiner(", ", "SELECT ", "");
        s.add("count(*)");
        inner.add("1 AS one");
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            String v = "v" + i;
            if (spec.numeric()) {
                inner.add((spec.finiteOnly() ? ColumnValues.finite(spec.column()) : ColumnValues.numeric(spec.column()))
                        + " AS " + v);
                s.add("count(" + v + ")").add("min(" + v + ")").add("max(" + v + ")").add("sum(" + v + ")")
                        .add("sum(" + v + " * " + v + ")");
                if (spec.tails() != null) {
                    s.add("sum(abs(" + v + " - " + Grid.lit(spec.tails().lo()) + "))");
                    s.add("sum(abs(" + v + " - " + Grid.lit(spec.tails().hi()) + "))");
                }
                if (spec.distinct()) {
                    s.add("approx_count_distinct(" + v + ")");
                }
            } else {
                inner.add(spec.column().sql() + " AS " + v);
                s.add("count(" + v + ")");
                if (spec.distinct()) {
                    s.add("approx_count_distinct(" + v + ")");
                }
            }
        }
        return s + " FROM (SELECT " + inner + " FROM " + relation + ")";
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
                double sum = rs.getDouble(i++);
                double squares = rs.getDouble(i++);
                if (nonNull > 0) {
                    mean = sum / nonNull;
                    std = Math.sqrt(Math.max(0, squares / nonNull - mean * mean));
                }
                if (spec.tails() != null) {
                    double absLo = rs.getDouble(i++);
                    double absHi = rs.getDouble(i++);
                    double lo = spec.tails().lo();
                    double hi = spec.tails().hi();
                    tails.put(spec.column().name(), new double[] {
                            Math.max(0, (absLo - (sum - nonNull * lo)) / 2), Math.max(0, (absHi + (sum - nonNull * hi)) / 2)});
                }
            }
            Long distinct = spec.distinct() ? rs.getLong(i++) : null;
            stats.put(spec.column().name(), new ColumnStats(rows, nonNull, distinct, min, max, mean, std));
        }
        return new Result(rows, stats, tails);
    }

    /**
     * Specs for {@code columns}: numeric ones measured as numbers (with tail sums where {@code tails} has a grid),
     * distinct counts for text and integer columns when {@code distinct} is set.
     */
    public static List<Spec> of(List<ColumnInfo> columns, Map<String, Grid> tails, boolean distinct,
                                java.util.Set<String> finiteOnly) {
        List<Spec> out = new ArrayList<>();
        for (ColumnInfo c : columns) {
            boolean numeric = ColumnValues.numericType(c.type());
            boolean hll = distinct && (c.type() == io.mlgate.engine.api.ColumnType.STRING
                    || c.type() == io.mlgate.engine.api.ColumnType.INTEGER);
            out.add(new Spec(c, numeric, hll, numeric ? tails.get(c.name()) : null, finiteOnly.contains(c.name())));
        }
        return out;
    }

    /** Whether a measured minimum or maximum shows NaN or infinities in the column. */
    public static boolean nonFinite(ColumnStats s) {
        return s.min() != null && (!Double.isFinite(s.min()) || !Double.isFinite(s.max()));
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
