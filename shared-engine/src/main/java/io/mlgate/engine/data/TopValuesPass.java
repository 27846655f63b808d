package io.mlgate.engine.data;

import io.mlgate.engine.api.ValueCount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Scan 3 of a profile: the most frequent non-null values of every column in one query. Each row is unpivoted
 * into (column index, value as text) pairs with two zipped {@code unnest}s and grouped; per column, the
 * {@code min(struct, k)} aggregate keeps the k smallest (-count, value) pairs — count descending, ties broken by
 * the value's text ascending so the result is deterministic — which is cheaper than ranking every group with a
 * window function.
 */
final class TopValuesPass {
    private final List<ColumnInfo> columns;
    private final int k;

    TopValuesPass(List<ColumnInfo> columns, int k) {
        this.columns = columns;
        this.k = k;
    }

    boolean needsScan() {
        return k > 0 && !columns.isEmpty();
    }

    String sql(String relation) {
        StringJoiner idx = new StringJoiner(", ", "[", "]");
        StringJoiner vals = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < columns.size(); i++) {
            idx.add(Integer.toString(i));
            vals.add("CAST(" + columns.get(i).sql() + " AS VARCHAR)");
        }
        return "WITH u AS (SELECT unnest(" + idx + ") AS c, unnest(" + vals + ") AS v FROM " + relation + "), "
                + "g AS (SELECT c, v, count(*) AS n FROM u WHERE v IS NOT NULL GROUP BY c, v), "
                + "t AS (SELECT c, unnest(min({'m': -n, 'v': v}, " + k + ")) AS e FROM g GROUP BY c) "
                + "SELECT c, e.v AS v, -e.m AS n FROM t ORDER BY c, n DESC, v";
    }

    /** Top values keyed by column name, most frequent first. */
    Map<String, List<ValueCount>> read(ResultSet rs) throws SQLException {
        Map<String, List<ValueCount>> out = new HashMap<>();
        while (rs != null && rs.next()) {
            String name = columns.get(rs.getInt(1)).name();
            out.computeIfAbsent(name, n -> new ArrayList<>()).add(new ValueCount(rs.getString(2), rs.getLong(3)));
        }
        return out;
    }
}
