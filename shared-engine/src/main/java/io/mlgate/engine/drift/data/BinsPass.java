package io.mlgate.engine.drift.data;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.data.ColumnInfo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Scan B: every numeric column counted on its {@link Grid} and every categorical column's value counts, in one
 * grouped SELECT with one grouping set per column:
 *
 * <pre>SELECT k0, k1, …, count(*) FROM (SELECT &lt;bin key of column 0&gt; AS k0, …) GROUP BY GROUPING SETS ((k0), (k1), …)</pre>
 *
 * A numeric key is {@code floor((x − lo) · scale)} — or {@code x − min} for an integer column on an integer grid —
 * as a SMALLINT (cheaper to group than a DOUBLE), mapped to a cell in Java ({@link Grid#cellOfKey}); only a side
 * reaching far beyond the grid gets keys clamped in SQL ({@link Grid#needsClamp}), which also keeps every key within
 * ±5 · 4096. A categorical key is the value. Each result row belongs to the one set whose key is not
 * NULL; rows of NULL keys (missing values) are skipped, since {@link StatsPass} counted them.
 */
public final class BinsPass {
    private final List<Binning> numeric;
    private final List<ColumnInfo> categorical;

    /** How one numeric column is binned: its grid, whether keys are clamped in SQL, whether NaN/∞ are dropped. */
    public record Binning(ColumnInfo column, Grid grid, boolean clamp, boolean finiteOnly) {
        /** The column's values as DOUBLE, NaN and infinities dropped when {@code finiteOnly}. */
        String valueSql() {
            return finiteOnly ? ColumnValues.finite(column) : ColumnValues.numeric(column);
        }

        String keySql() {
            Grid g = grid;
            if (g.pointBins() && column.type() == ColumnType.INTEGER && !clamp) {
                return "CAST(" + column.sql() + " - " + (long) Math.rint(g.lo() + 0.5) + " AS SMALLINT)";
            }
            String v = valueSql();
            String key = "floor((" + v + " - " + Grid.lit(g.lo()) + ") * " + Grid.lit(g.scale()) + ")";
            if (!clamp) {
                return "CAST(" + key + " AS SMALLINT)";
            }
            return "CAST(CASE WHEN " + v + " < " + Grid.lit(g.lo()) + " THEN -1 WHEN " + v + " > " + Grid.lit(g.hi())
                    + " THEN " + g.bins() + " ELSE " + key + " END AS SMALLINT)";
        }
    }

    /** Counts by column name: cells per numeric column, value counts per categorical column. */
    public record Result(Map<String, long[]> cells, Map<String, Map<String, Long>> categories) {
    }

    public BinsPass(List<Binning> numeric, List<ColumnInfo> categorical) {
        this.numeric = List.copyOf(numeric);
        this.categorical = List.copyOf(categorical);
    }

    /** This pass split into passes of at most {@code size} columns each, numeric columns first. */
    public List<BinsPass> batches(int size) {
        List<BinsPass> out = new java.util.ArrayList<>();
        int n = numeric.size();
        int total = n + categorical.size();
        for (int from = 0; from < total; from += size) {
            int to = Math.min(total, from + size);
            out.add(new BinsPass(numeric.subList(Math.min(from, n), Math.min(to, n)),
                    categorical.subList(Math.max(0, from - n), Math.max(0, to - n))));
        }
        return out;
    }

    public boolean needsScan() {
        return !numeric.isEmpty() || !categorical.isEmpty();
    }

    public String sql(String relation) {
        StringJoiner keys = new StringJoiner(", ");
        StringJoiner names = new StringJoiner(", ");
        StringJoiner sets = new StringJoiner(", ");
        int i = 0;
        for (Binning b : numeric) {
            keys.add(b.keySql() + " AS k" + i);
            names.add("k" + i);
            sets.add("(k" + i++ + ")");
        }
        for (ColumnInfo c : categorical) {
            keys.add(ColumnValues.category(c) + " AS k" + i);
            names.add("k" + i);
            sets.add("(k" + i++ + ")");
        }
        return "SELECT " + names + ", count(*) FROM (SELECT " + keys + " FROM " + relation + ") GROUP BY GROUPING SETS ("
                + sets + ")";
    }

    public Result read(ResultSet rs) throws SQLException {
        Map<String, long[]> cells = new LinkedHashMap<>();
        numeric.forEach(b -> cells.put(b.column().name(), new long[b.grid().bins() + 2]));
        Map<String, Map<String, Long>> categories = new LinkedHashMap<>();
        categorical.forEach(c -> categories.put(c.name(), new HashMap<>()));
        int width = numeric.size() + categorical.size();
        while (rs.next()) {
            long n = rs.getLong(width + 1);
            for (int i = 0; i < width; i++) {
                if (i < numeric.size()) {
                    double key = rs.getDouble(i + 1);
                    if (!rs.wasNull()) {
                        Binning b = numeric.get(i);
                        cells.get(b.column().name())[b.grid().cellOfKey(key)] += n;
                        break;
                    }
                } else {
                    String key = rs.getString(i + 1);
                    if (key != null) {
                        categories.get(categorical.get(i - numeric.size()).name()).merge(key, n, Long::sum);
                        break;
                    }
                }
            }
        }
        return new Result(cells, categories);
    }
}
