package io.mlgate.engine.data;

import io.mlgate.engine.api.ColumnType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Scan 1 of a profile: one aggregate SELECT that measures every column's scalar statistics at once —
 * counts, distinct, min/max, mean, stddev, quantiles and string lengths.
 */
final class ScalarPass {
    private final List<ColumnInfo> columns;
    private final ProfileOptions options;
    private final List<String> exprs = new ArrayList<>();

    ScalarPass(List<ColumnInfo> columns, ProfileOptions options) {
        this.columns = columns;
        this.options = options;
    }

    String sql(String relation) {
        exprs.clear();
        exprs.add("count(*)");
        for (ColumnInfo c : columns) {
            String col = c.sql();
            String num = "CAST(" + col + " AS DOUBLE)";
            exprs.add("count(" + col + ")");
            exprs.add(options.exactDistinct() ? "count(DISTINCT " + col + ")" : "approx_count_distinct(" + col + ")");
            if (ScalarStats.orderable(c.type())) {
                exprs.add("CAST(min(" + col + ") AS VARCHAR)");
                exprs.add("CAST(max(" + col + ") AS VARCHAR)");
            }
            if (c.type().isNumeric()) {
                exprs.add("avg(" + num + ")");
                exprs.add("stddev_samp(" + num + ")");
                exprs.add("min(" + num + ")");
                exprs.add("max(" + num + ")");
                if (!options.quantiles().isEmpty()) {
                    exprs.add((options.exactDistinct() ? "quantile_cont(" : "approx_quantile(") + num + ", "
                            + levels(options.exactDistinct() ? "DOUBLE" : "FLOAT") + ")");
                }
            }
            if (c.type() == ColumnType.STRING) {
                exprs.add("min(length(" + col + "))");
                exprs.add("max(length(" + col + "))");
                exprs.add("avg(length(" + col + "))");
            }
        }
        return "SELECT " + String.join(", ", exprs) + " FROM " + relation;
    }

    /** Reads the single result row: the row count, then {@link ScalarStats} per column in order. */
    long read(ResultSet rs, List<ScalarStats> out) throws SQLException {
        rs.next();
        try {
            return ScalarStats.readAll(new JdbcResultRow(rs), columns, options, out);
        } catch (JdbcResultRow.ResultRowException e) {
            throw e.getCause();
        }
    }

    /** The quantile levels as a list literal; {@code approx_quantile} wants FLOAT levels. */
    private String levels(String type) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        options.quantiles().forEach(q -> j.add("CAST(" + q + " AS " + type + ")"));
        return j.toString();
    }
}
