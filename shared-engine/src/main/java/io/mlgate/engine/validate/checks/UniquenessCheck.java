package io.mlgate.engine.validate.checks;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Metric;
import io.mlgate.engine.validate.MetricValues;
import io.mlgate.engine.validate.Numbers;
import io.mlgate.engine.validate.Verdict;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A column or a compound key is unique. Rows where any key column is null are not keys and are ignored (check
 * completeness for those). Measured: distinct keys / keyed rows, 1 when every key occurs once.
 */
public record UniquenessCheck(CheckHeader header, List<String> columns, double minFraction) implements Check {

    public UniquenessCheck {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw header.origin().error("a uniqueness check needs at least one column");
        }
    }

    private String keyed(CheckScope scope) {
        return columns.stream().map(c -> RowLevelCheck.notNull(scope, c)).collect(Collectors.joining(" AND "));
    }

    private List<String> keyColumns(CheckScope scope) {
        return columns.stream().map(c -> RowLevelCheck.col(scope, c)).toList();
    }

    private String key(CheckScope scope) {
        List<String> cols = keyColumns(scope);
        return cols.size() == 1 ? cols.get(0) : scope.dialect().tuple(cols);
    }

    @Override
    public List<Metric> metrics(CheckScope scope) {
        return List.of(Metric.countWhere(scope.dialect(), keyed(scope)), distinctKeys(scope));
    }

    /** Distinct keys; for one integer column with known min/max, by statistics, falling back to hashing. */
    private Metric distinctKeys(CheckScope scope) {
        String hashed = scope.dialect().countDistinctIf(key(scope), keyed(scope));
        boolean integerKey = columns.size() == 1
                && scope.column(columns.get(0)).map(c -> c.type() == ColumnType.INTEGER).orElse(false);
        return integerKey && scope.columnStatistics()
                ? scope.dialect().countDistinctIntegers(key(scope)).map(s -> new Metric(s, hashed)).orElse(new Metric(hashed))
                : new Metric(hashed);
    }

    @Override
    public Verdict judge(CheckScope scope, MetricValues values) {
        List<Metric> m = metrics(scope);
        long keyedRows = values.count(m.get(0));
        long distinct = values.count(m.get(1));
        String threshold = ">= " + Numbers.format(minFraction);
        String what = String.join(", ", columns);
        if (keyedRows == 0) {
            return Verdict.noData(threshold, "no rows with a non-null key (" + what + ")");
        }
        double fraction = (double) distinct / keyedRows;
        long duplicates = keyedRows - distinct;
        String message = duplicates == 0 ? "all " + keyedRows + " keys (" + what + ") are unique"
                : duplicates + " of " + keyedRows + " rows repeat a key (" + what + ") seen in an earlier row";
        return Verdict.of(fraction >= minFraction, fraction, threshold, message);
    }

    @Override
    public Optional<String> examplesQuery(CheckScope scope, int limit) {
        String cols = String.join(", ", keyColumns(scope));
        String r = scope.relation();
        return Optional.of("SELECT t.* FROM " + r + " t JOIN (SELECT " + cols + " FROM " + r + " WHERE " + keyed(scope)
                + " GROUP BY " + cols + " HAVING count(*) > 1) d USING (" + cols + ") ORDER BY " + cols
                + " LIMIT " + limit);
    }
}
