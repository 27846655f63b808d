package io.mlgate.engine.validate.checks;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Metric;
import io.mlgate.engine.validate.MetricValues;
import io.mlgate.engine.validate.Verdict;

import java.util.List;
import java.util.Optional;

/**
 * A column has the schema's logical type. Widening is accepted: integers where doubles or decimals are expected,
 * decimals where doubles are expected.
 */
public record ColumnTypeCheck(CheckHeader header, String column, ColumnType expected) implements Check {

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
        Optional<ColumnInfo> c = scope.column(column);
        if (c.isEmpty()) {
            return Verdict.noData(expected.yamlName(), "column '" + column + "' is absent");
        }
        ColumnType actual = c.get().type();
        boolean ok = compatible(expected, actual);
        return Verdict.of(ok, actual.yamlName(), expected.yamlName(), ok
                ? "column '" + column + "' is " + actual.yamlName() + " (" + c.get().physicalType() + ")"
                : "column '" + column + "' is " + actual.yamlName() + " (" + c.get().physicalType() + "), expected "
                + expected.yamlName());
    }

    static boolean compatible(ColumnType expected, ColumnType actual) {
        if (expected == actual) {
            return true;
        }
        return switch (expected) {
            case DOUBLE -> actual == ColumnType.INTEGER || actual == ColumnType.DECIMAL;
            case DECIMAL -> actual == ColumnType.INTEGER;
            default -> false;
        };
    }
}
