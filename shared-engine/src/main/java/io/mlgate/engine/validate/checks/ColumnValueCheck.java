package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.CheckScope;

import java.util.List;

/** A row-level rule on the values of one column: it considers the rows where that column is not null. */
public abstract class ColumnValueCheck extends RowLevelCheck {
    private final String column;

    protected ColumnValueCheck(CheckHeader header, String column, double minFraction) {
        super(header, minFraction);
        this.column = column;
    }

    /** The column the rule is about. */
    protected final String column() {
        return column;
    }

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    protected String considered(CheckScope scope) {
        return notNull(scope, column);
    }
}
