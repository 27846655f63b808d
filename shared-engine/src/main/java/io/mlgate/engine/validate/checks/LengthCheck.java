package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.CheckScope;

/** The text length (in characters) of non-null values lies within bounds. */
public final class LengthCheck extends ColumnValueCheck {
    private final Bounds bounds;

    public LengthCheck(CheckHeader header, String column, Bounds bounds, double minFraction) {
        super(header, column, minFraction);
        this.bounds = bounds;
    }

    @Override
    protected String violation(CheckScope scope) {
        return bounds.outsideSql("length(" + text(scope, column()) + ")");
    }

    @Override
    protected String describeRule() {
        return "of length " + bounds.describe();
    }
}
