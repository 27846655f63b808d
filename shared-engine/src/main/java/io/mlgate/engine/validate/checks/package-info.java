/**
 * The check kinds users write in {@code mlgate.yml} and schema files, one class each. Row-level checks share
 * {@link io.mlgate.engine.validate.checks.RowLevelCheck}: a predicate selecting the rows considered, a predicate
 * selecting the offending ones, and the minimum fraction of considered rows that must not offend; those about the
 * non-null values of one column extend {@link io.mlgate.engine.validate.checks.ColumnValueCheck}.
 */
package io.mlgate.engine.validate.checks;
