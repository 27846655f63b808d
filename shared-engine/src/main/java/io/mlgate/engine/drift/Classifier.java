package io.mlgate.engine.drift;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.drift.data.ColumnStats;
import io.mlgate.engine.drift.data.ColumnValues;
import io.mlgate.engine.drift.policy.ColumnPolicy;
import io.mlgate.engine.drift.policy.DriftPolicy;

/**
 * Decides how a column is compared, from the reference's type and statistics:
 * <ul>
 *   <li>a {@code kind} set in the policy wins ({@code numeric} needs a numeric column);</li>
 *   <li>a test that applies to numeric columns only ({@code ks}, {@code wasserstein}) makes the column numeric;</li>
 *   <li>text and boolean columns are categorical, unless they have more than {@code max_categories} distinct values
 *       (identifiers, free text), which are not tested;</li>
 *   <li>integer columns with at most {@code categorical_max_distinct} distinct values are categorical (codes,
 *       counts of a few values), other integer and all decimal and floating-point columns numeric;</li>
 *   <li>dates, times, timestamps and binary columns are not tested (dates always move between a reference and
 *       the current data); list them under {@code exclude} to say so, or give them {@code kind: categorical}.</li>
 * </ul>
 */
public final class Classifier {
    private final DriftPolicy policy;

    public Classifier(DriftPolicy policy) {
        this.policy = policy;
    }

    /** A kind, or the reason the column is not tested. */
    public record Decision(ColumnKind kind, String skipReason) {
        static Decision of(ColumnKind k) {
            return new Decision(k, null);
        }

        static Decision skip(String reason) {
            return new Decision(null, reason);
        }

        public boolean tested() {
            return kind != null;
        }
    }

    public Decision decide(String column, ColumnType reference, ColumnType current, ColumnStats stats) {
        ColumnPolicy p = policy.column(column);
        if (p.kind().isPresent()) {
            ColumnKind k = p.kind().get();
            if (k == ColumnKind.NUMERIC && !(reference.isNumeric() && current.isNumeric())) {
                throw p.column().origin().error("kind numeric needs a numeric column; '" + column + "' is "
                        + reference.yamlName() + (reference == current ? "" : " / " + current.yamlName()));
            }
            return Decision.of(k);
        }
        if (p.test().filter(t -> !t.supports(ColumnKind.CATEGORICAL)).isPresent()) {
            if (!(reference.isNumeric() && current.isNumeric())) {
                throw p.column().origin().error(p.test().get().yamlName() + " needs a numeric column; '" + column
                        + "' is " + reference.yamlName());
            }
            return Decision.of(ColumnKind.NUMERIC);
        }
        if (reference == ColumnType.INTEGER && current == ColumnType.INTEGER && stats.distinct() != null
                && stats.distinct() <= policy.categoricalMaxDistinct()) {
            return Decision.of(ColumnKind.CATEGORICAL);
        }
        if (reference.isNumeric() && current.isNumeric()) {
            return Decision.of(ColumnKind.NUMERIC);
        }
        if (ColumnValues.categoricalType(reference) && reference == current) {
            if (stats.distinct() != null && stats.distinct() > policy.maxCategories()) {
                return Decision.skip("about " + stats.distinct() + " distinct values, more than max_categories ("
                        + policy.maxCategories() + "): an identifier or free text");
            }
            return Decision.of(ColumnKind.CATEGORICAL);
        }
        return Decision.skip("a " + reference.yamlName() + " column, not tested by default; set kind: categorical to "
                + "compare its values");
    }
}
