package io.mlgate.engine.validate.checks;

import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Numbers;

import java.util.ArrayList;
import java.util.List;

/** Non-null values of a numeric column lie within inclusive bounds. */
public final class RangeCheck extends RowLevelCheck {
    private final String column;
    private final Bounds bounds;

    public RangeCheck(CheckHeader header, String column, Bounds bounds, double minFraction) {
        super(header, minFraction);
        this.column = column;
        this.bounds = bounds;
    }

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public void verify(CheckScope scope) {
        ColumnInfo c = scope.requireColumn(column, header().origin());
        if (!c.type().isNumeric()) {
            throw header().origin().error("range needs a numeric column; '" + column + "' is " + c.type().yamlName()
                    + " (use a row rule for other types)");
        }
    }

    @Override
    protected String considered(CheckScope scope) {
        return notNull(scope, column);
    }

    @Override
    protected String violation(CheckScope scope) {
        List<String> parts = new ArrayList<>();
        if (bounds.min() != null) {
            parts.add(col(scope, column) + " < " + Numbers.sql(bounds.min()));
        }
        if (bounds.max() != null) {
            parts.add(col(scope, column) + " > " + Numbers.sql(bounds.max()));
        }
        return String.join(" OR ", parts);
    }

    @Override
    protected String describeRule() {
        return bounds.describe();
    }
}
