package io.mlgate.engine.validate.checks;

import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.validate.CheckScope;

import java.util.List;

/** Every non-null value of {@code column} occurs in {@code referenceColumn} of another named dataset. */
public final class ForeignKeyCheck extends RowLevelCheck {
    private final String column;
    private final String reference;
    private final String referenceColumn;

    public ForeignKeyCheck(CheckHeader header, String column, String reference, String referenceColumn,
                           double minFraction) {
        super(header, minFraction);
        this.column = column;
        this.reference = reference;
        this.referenceColumn = referenceColumn;
    }

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public void verify(CheckScope scope) {
        super.verify(scope);
        Dataset ref = scope.other(reference, header().origin());
        CheckScope.requireColumn(ref, referenceColumn, header().origin());
    }

    @Override
    protected String considered(CheckScope scope) {
        return notNull(scope, column);
    }

    @Override
    protected String violation(CheckScope scope) {
        Dataset ref = scope.other(reference, header().origin());
        String refCol = col(scope, referenceColumn);
        return col(scope, column) + " NOT IN (SELECT " + refCol + " FROM " + ref.relation() + " WHERE " + refCol
                + " IS NOT NULL)";
    }

    @Override
    protected String describeRule() {
        return "present in " + reference + "." + referenceColumn;
    }
}
