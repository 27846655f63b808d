package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Metric;
import io.mlgate.engine.validate.MetricValues;
import io.mlgate.engine.validate.Verdict;

import java.util.List;

/**
 * A schema column is present. In an environment where the schema does not require it (the label in serving
 * data), its absence is fine and its presence is only noted.
 */
public record ColumnPresenceCheck(CheckHeader header, String column, boolean required) implements Check {

    @Override
    public List<String> columns() {
        return List.of();
    }

    @Override
    public List<Metric> metrics(CheckScope scope) {
        return Check.none();
    }

    @Override
    public Verdict judge(CheckScope scope, MetricValues values) {
        boolean present = scope.column(column).isPresent();
        String threshold = required ? "present" : "optional here";
        if (present) {
            return Verdict.of(true, true, threshold, "column '" + column + "' is present");
        }
        return required
                ? Verdict.of(false, false, threshold, "column '" + column + "' is missing from " + scope.dataset().source().location())
                : Verdict.of(true, false, threshold, "column '" + column + "' is absent, as allowed in this environment");
    }
}
