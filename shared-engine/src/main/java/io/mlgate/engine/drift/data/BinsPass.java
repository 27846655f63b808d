package io.mlgate.engine.drift.data;

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
 * <pre>SELECT k0, k1, …, count(*) FROM (SELECT &lt;cell key of column 0&gt; AS k0, …) GROUP BY GROUPING SETS ((k0), (k1), …)</pre>
 *
 * A numeric key is the cell index ({@link Grid#keySql}), a SMALLINT; a categorical key is the value as text. Each
 * result row belongs to the one set whose key is not NULL; rows of NULL keys (missing values) are skipped, since
 * {@link StatsPass} already counted them.
 */
public final class BinsPass {
    private final Map<ColumnInfo, Grid> grids;
    private final List<ColumnInfo> categorical;

    /** Counts by column name. */
    public record Result(Map<String, long[]> cells, Map<String, Map<String, Long>> categories) {
    }

    public BinsPass(Map<ColumnInfo, Grid> grids, List<ColumnInfo> categorical) {
        this.grids = new LinkedHashMap<>(grids);
        this.categorical = List.copyOf(categorical);
    }

    public boolean needsScan() {
        return !grids.isEmpty() || !categorical.isEmpty();
    }

    public String sql(String relation) {
        StringJoiner keys = new StringJoiner(", ");
        StringJoiner names = new StringJoiner(", ");
        StringJoiner sets = new StringJoiner(", ");
        int i = 0;
        for (Map.Entry<ColumnInfo, Grid> e : grids.entrySet()) {
            keys.add(e.getValue().keySql(ColumnValues.numeric(e.getKey())) + " AS k" + i);
            names.add("k" + i);
            sets.add("(k" + i++ + ")");
        }
        for (ColumnInfo c : categorical) {
            keys.add(ColumnValues.text(c) + " AS k" + i);
            names.add("k" + i);
            sets.add("(k" + i++ + ")");
        }
        return "SELECT " + names + ", count(*) FROM (SELECT " + keys + " FROM " + relation + ") GROUP BY GROUPING SETS ("
                + sets + ")";
    }

    public Result read(ResultSet rs) throws SQLException {
        Map<String, long[]> cells = new LinkedHashMap<>();
        grids.forEach((c, g) -> cells.put(c.name(), new long[g.bins() + 2]));
        Map<String, Map<String, Long>> categories = new LinkedHashMap<>();
        categorical.forEach(c -> categories.put(c.name(), new HashMap<>()));
        List<ColumnInfo> numeric = List.copyOf(grids.keySet());
        int width = numeric.size() + categorical.size();
        while (rs.next()) {
            long n = rs.getLong(width + 1);
            for (int i = 0; i < width; i++) {
                if (i < numeric.size()) {
                    int key = rs.getInt(i + 1);
                    if (!rs.wasNull()) {
                        cells.get(numeric.get(i).name())[key + 1] += n;
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
