package io.mlgate.engine.validate.checks;

import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.CheckScope;

/** Non-null values of a numeric column lie within inclusive bounds. */
public final class RangeCheck extends ColumnValueCheck {
    private final Bounds bounds;

    public RangeCheck(CheckHeader header, String column, Bounds bounds, double minFraction) {
        super(header, column, minFraction);
        this.bounds = bounds;
    }

    @Override
    public void verify(CheckScope scope) {
        ColumnInfo c = scope.requireColumn(column(), header().origin());
        if (!c.type().isNumeric()) {
            throw header().origin().error("range needs a numeric column; '" + column() + "' is " + c.type().yamlName()
                    + " (use a row rule for other types)");
        }
    }

    @Override
    protected String violation(CheckScope scope) {
        return bounds.outsideSql(col(scope, column()));
    }

    /** A comparison of NULL is NULL. */
    @Override
    protected boolean violatesOnlyConsideredRows() {
        return true;
    }

    @Override
    protected String describeRule() {
        return bounds.describe();
    }
}
