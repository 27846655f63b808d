package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Numbers;

import java.util.ArrayList;
import java.util.List;

/** The text length (in characters) of non-null values lies within bounds. */
public final class LengthCheck extends RowLevelCheck {
    private final String column;
    private final Bounds bounds;

    public LengthCheck(CheckHeader header, String column, Bounds bounds, double minFraction) {
        super(header, minFraction);
        this.column = column;
        this.bounds = bounds;
    }

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    protected String considered(CheckScope scope) {
        return notNull(scope, column);
    }

    @Override
    protected String violation(CheckScope scope) {
        String len = "length(" + text(scope, column) + ")";
        List<String> parts = new ArrayList<>();
        if (bounds.min() != null) {
            parts.add(len + " < " + Numbers.sql(bounds.min()));
        }
        if (bounds.max() != null) {
            parts.add(len + " > " + Numbers.sql(bounds.max()));
        }
        return String.join(" OR ", parts);
    }

    @Override
    protected String describeRule() {
        return "of length " + bounds.describe();
    }
}
