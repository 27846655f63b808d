package io.mlgate.engine.validate.anomaly;

import io.mlgate.engine.validate.sql.SqlDialect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A named dataset metric such as {@code row_count} or {@code mean(temp_max)}: the key under which history stores it. */
public record MetricName(MetricFunction function, String column) {
    private static final Pattern CALL = Pattern.compile("^([a-z_]+)\\((.+)\\)$");

    public MetricName {
        if (function.needsColumn() != (column != null)) {
            throw new IllegalArgumentException(function.yamlName()
                    + (function.needsColumn() ? " needs a column: " + function.yamlName() + "(column)" : " takes no column"));
        }
    }

    /** Parses {@code row_count} or {@code fn(column)}; the error lists the allowed functions. */
    public static MetricName parse(String text) {
        String t = text.trim();
        Matcher m = CALL.matcher(t);
        String fn = m.matches() ? m.group(1) : t;
        String col = m.matches() ? m.group(2).trim() : null;
        Optional<MetricFunction> f = Arrays.stream(MetricFunction.values())
                .filter(v -> v.yamlName().equals(fn.toLowerCase(Locale.ROOT))).findFirst();
        if (f.isEmpty()) {
            throw new IllegalArgumentException("unknown metric '" + text + "'; expected row_count or one of "
                    + Arrays.stream(MetricFunction.values()).filter(MetricFunction::needsColumn)
                    .map(v -> v.yamlName() + "(column)").collect(Collectors.joining(", ")));
        }
        return new MetricName(f.get(), col);
    }

    /** The metric's SQL aggregate in {@code dialect}. */
    public String sql(SqlDialect dialect) {
        return function.sql(dialect, column);
    }

    @Override
    public String toString() {
        return column == null ? function.yamlName() : function.yamlName() + "(" + column + ")";
    }
}
