package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Numbers;

/** The text length (in characters) of non-null values lies within bounds. */
public final class LengthCheck extends ColumnValueCheck {
    private final Bounds bounds;

    public LengthCheck(CheckHeader header, String column, Bounds bounds, double minFraction) {
        super(header, column, minFraction);
        this.bounds = bounds;
    }

    /**
     * Outside the bounds; one exact length ({@code min} = {@code max}) as {@code length(…) <> n}, which computes the
     * length once instead of twice and means the same for an integer length.
     */
    @Override
    protected String violation(CheckScope scope) {
        String length = "length(" + text(scope, column()) + ")";
        if (bounds.min() != null && bounds.min().equals(bounds.max())) {
            return length + " <> " + Numbers.sql(bounds.min());
        }
        return bounds.outsideSql(length);
    }

    /** The length of NULL is NULL. */
    @Override
    protected boolean violatesOnlyConsideredRows() {
        return true;
    }

    @Override
    protected String describeRule() {
        return "of length " + bounds.describe();
    }
}
