package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Metric;

import java.util.List;

/**
 * A SQL boolean expression every row must satisfy, e.g. {@code temp_min <= temp_max}. A row where the
 * expression is NULL (unknown) counts as violating it, as in Deequ's {@code satisfies}.
 */
public final class RowRuleCheck extends RowLevelCheck {
    private final String predicate;

    public RowRuleCheck(CheckHeader header, String predicate, double minFraction) {
        super(header, minFraction);
        this.predicate = predicate;
    }

    @Override
    public List<String> columns() {
        return List.of();
    }

    @Override
    protected String considered(CheckScope scope) {
        return "TRUE";
    }

    @Override
    protected String violation(CheckScope scope) {
        return "NOT coalesce((" + predicate + "), FALSE)";
    }

    /** Counted by the dialect's faster form where it has one, with the {@code coalesce} form as fallback. */
    @Override
    protected Metric violations(CheckScope scope) {
        Metric plain = super.violations(scope);
        return scope.dialect().countNotTrue(predicate).map(fast -> new Metric(fast, plain.sql())).orElse(plain);
    }

    @Override
    protected String describeRule() {
        return "satisfying " + predicate;
    }

    @Override
    protected String consideredNoun() {
        return "rows";
    }
}
