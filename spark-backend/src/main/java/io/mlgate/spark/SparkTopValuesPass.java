package io.mlgate.spark;

import io.mlgate.engine.api.ValueCount;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.validate.sql.SqlDialect;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scan 3 of a Spark profile: the k most frequent non-null values of every column in one query. Rows are unpivoted
 * into (column index, value as text) pairs with {@code inline}, counted, and ranked per column by count descending,
 * ties broken by the text ascending — the same order as the DuckDB profile.
 */
final class SparkTopValuesPass {
    private final List<ColumnInfo> columns;
    private final int k;

    SparkTopValuesPass(List<ColumnInfo> columns, int k) {
        this.columns = columns;
        this.k = k;
    }

    boolean needsScan() {
        return k > 0 && !columns.isEmpty();
    }

    String sql(String relation) {
        SqlDialect d = SqlDialect.SPARK;
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            pairs.add("named_struct('c', " + i + ", 'v', " + d.text(d.ident(columns.get(i).name())) + ")");
        }
        return "SELECT c, v, n FROM (SELECT c, v, n, row_number() OVER (PARTITION BY c ORDER BY n DESC, v) AS r FROM "
                + "(SELECT c, v, count(*) AS n FROM (SELECT inline(array(" + String.join(", ", pairs) + ")) FROM "
                + relation + ") WHERE v IS NOT NULL GROUP BY c, v)) WHERE r <= " + k + " ORDER BY c, n DESC, v";
    }

    /** Top values keyed by column name, most frequent first. */
    Map<String, List<ValueCount>> read(List<Row> rows) {
        Map<String, List<ValueCount>> out = new HashMap<>();
        for (Row row : rows) {
            String name = columns.get(row.getInt(0)).name();
            out.computeIfAbsent(name, n -> new ArrayList<>()).add(new ValueCount(row.getString(1), row.getLong(2)));
        }
        return out;
    }
}
