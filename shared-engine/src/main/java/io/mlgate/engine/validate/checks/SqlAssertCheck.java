package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Metric;
import io.mlgate.engine.validate.MetricValues;
import io.mlgate.engine.validate.Numbers;
import io.mlgate.engine.validate.Verdict;

import java.util.List;

/** A user's SQL aggregate expression, e.g. {@code avg(precipitation)}, lies within bounds. */
public record SqlAssertCheck(CheckHeader header, String aggregateSql, Bounds bounds) implements Check {

    @Override
    public List<String> columns() {
        return List.of();
    }

    @Override
    public List<Metric> metrics(CheckScope scope) {
        return List.of(new Metric("(" + aggregateSql + ")"));
    }

    @Override
    public Verdict judge(CheckScope scope, MetricValues values) {
        Double v = values.number(metrics(scope).get(0));
        if (v == null) {
            return Verdict.noData(bounds.describe(), aggregateSql + " is NULL");
        }
        return Verdict.of(bounds.contains(v), v, bounds.describe(), aggregateSql + " = " + Numbers.display(v));
    }
}
