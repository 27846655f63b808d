package io.mlgate.engine.validate.checks;

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

    private String keyed() {
        return columns.stream().map(c -> RowLevelCheck.col(c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
    }

    private String key() {
        String cols = columns.stream().map(RowLevelCheck::col).collect(Collectors.joining(", "));
        return columns.size() == 1 ? cols : "row(" + cols + ")";
    }

    @Override
    public List<Metric> metrics(CheckScope scope) {
        return List.of(Metric.countWhere(keyed()), new Metric("count(DISTINCT " + key() + ") FILTER (WHERE " + keyed() + ")"));
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
        String cols = columns.stream().map(RowLevelCheck::col).collect(Collectors.joining(", "));
        String r = scope.relation();
        return Optional.of("SELECT t.* FROM " + r + " t JOIN (SELECT " + cols + " FROM " + r + " WHERE " + keyed()
                + " GROUP BY " + cols + " HAVING count(*) > 1) d USING (" + cols + ") ORDER BY " + cols
                + " LIMIT " + limit);
    }
}
