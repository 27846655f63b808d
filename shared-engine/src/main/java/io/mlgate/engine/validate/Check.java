package io.mlgate.engine.validate;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.config.Origin;

import java.util.List;
import java.util.Optional;

/**
 * A constraint on one dataset. It declares the aggregate metrics it needs (computed for all checks in one scan),
 * judges their values, and may say which rows offend it so that a report can show examples.
 */
public interface Check {

    /** Identity, severity and where the check was declared. */
    CheckHeader header();

    /** Columns this check reads; each must exist in the dataset or the run stops with bad input at the origin. */
    List<String> columns();

    /** Fails with a {@link io.mlgate.engine.api.BadInputException} at the origin if the check cannot apply. */
    default void verify(CheckScope scope) {
        for (String c : columns()) {
            scope.requireColumn(c, header().origin());
        }
    }

    /** Aggregate expressions over {@link CheckScope#relation()} this check needs. */
    List<Metric> metrics(CheckScope scope);

    /** Judges the values of the metrics that {@link #metrics} asked for. */
    Verdict judge(CheckScope scope, MetricValues values);

    /** A query returning offending rows (at most {@code limit}) when the check fails; empty if not row-level. */
    default Optional<String> examplesQuery(CheckScope scope, int limit) {
        return Optional.empty();
    }

    /** Id, kind, target, level and origin of a check. */
    record CheckHeader(String id, String kind, String target, Level level, Origin origin) {
    }

    /** Convenience for checks that need no metric, such as column presence judged from metadata. */
    static List<Metric> none() {
        return List.of();
    }
}
