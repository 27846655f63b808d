package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Metric;
import io.mlgate.engine.validate.MetricValues;
import io.mlgate.engine.validate.Verdict;

import java.util.List;

/** The dataset's number of rows lies within bounds. */
public record RowCountCheck(CheckHeader header, Bounds bounds) implements Check {

    @Override
    public List<String> columns() {
        return List.of();
    }

    @Override
    public List<Metric> metrics(CheckScope scope) {
        return List.of(Metric.ROW_COUNT);
    }

    @Override
    public Verdict judge(CheckScope scope, MetricValues values) {
        long rows = values.count(Metric.ROW_COUNT);
        return Verdict.of(bounds.contains(rows), rows, bounds.describe(), "the dataset has " + rows + " rows");
    }
}
