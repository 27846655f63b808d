package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.CheckScope;

import java.util.List;

/** At least {@code minFraction} of all rows have a value in {@code column} (Deequ's completeness). */
public final class CompletenessCheck extends RowLevelCheck {
    private final String column;

    public CompletenessCheck(CheckHeader header, String column, double minFraction) {
        super(header, minFraction);
        this.column = column;
    }

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    protected String considered(CheckScope scope) {
        return "TRUE";
    }

    @Override
    protected String violation(CheckScope scope) {
        return col(scope, column) + " IS NULL";
    }

    @Override
    protected String describeRule() {
        return "non-null";
    }

    @Override
    protected String consideredNoun() {
        return "rows";
    }
}
