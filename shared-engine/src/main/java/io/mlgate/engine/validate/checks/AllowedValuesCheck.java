package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.CheckScope;

import java.util.List;

/** Non-null values of a column, compared as text, are among a fixed set. */
public final class AllowedValuesCheck extends ColumnValueCheck {
    private final List<String> values;

    public AllowedValuesCheck(CheckHeader header, String column, List<String> values, double minFraction) {
        super(header, column, minFraction);
        if (values.isEmpty()) {
            throw header.origin().error("values must list at least one allowed value");
        }
        this.values = List.copyOf(values);
    }

    @Override
    protected String violation(CheckScope scope) {
        return scope.dialect().notIn(text(scope, column()), values.stream().map(scope.dialect()::literal).toList());
    }

    /** NULL {@code NOT IN} a non-empty list is NULL (the list is never empty). */
    @Override
    protected boolean violatesOnlyConsideredRows() {
        return true;
    }

    @Override
    protected String describeRule() {
        String shown = values.size() <= 8 ? String.join(", ", values)
                : String.join(", ", values.subList(0, 8)) + ", … (" + values.size() + " values)";
        return "one of {" + shown + "}";
    }
}
