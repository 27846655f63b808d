package io.mlgate.engine.validate.anomaly;

import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Metric;
import io.mlgate.engine.validate.MetricValues;
import io.mlgate.engine.validate.Numbers;
import io.mlgate.engine.validate.Verdict;

import java.util.List;

/**
 * A metric's change against the history of earlier runs: absolute change, relative change, or z-score over the
 * last {@code window} runs. With fewer than {@code minHistory} earlier runs the verdict is {@code NO_DATA}.
 * For {@code z_score} the bounds apply to |z|.
 */
public record AnomalyCheck(CheckHeader header, MetricName metric, AnomalyMethod method, Bounds bounds, int window,
                           int minHistory, MetricsHistory history) implements Check {

    public AnomalyCheck {
        if (window < 1 || minHistory < 1 || minHistory > window) {
            throw header.origin().error("need 1 <= min_history <= window, got min_history " + minHistory
                    + " and window " + window);
        }
    }

    @Override
    public List<String> columns() {
        return metric.column() == null ? List.of() : List.of(metric.column());
    }

    @Override
    public void verify(CheckScope scope) {
        for (String c : columns()) {
            ColumnInfo info = scope.requireColumn(c, header.origin());
            if (metric.function().needsNumeric() && !info.type().isNumeric()) {
                throw header.origin().error(metric.function().yamlName() + " needs a numeric column; '" + c + "' is "
                        + info.type().yamlName());
            }
        }
    }

    @Override
    public List<Metric> metrics(CheckScope scope) {
        return List.of(new Metric(metric.sql(scope.dialect())));
    }

    @Override
    public Verdict judge(CheckScope scope, MetricValues values) {
        String threshold = (method == AnomalyMethod.Z_SCORE ? "|z| " : method.name().toLowerCase(java.util.Locale.ROOT)
                + " ") + bounds.describe();
        Double current = values.number(metrics(scope).get(0));
        if (current == null) {
            return Verdict.noData(threshold, metric + " is NULL in this run");
        }
        List<Double> past = history.series(metric, window);
        if (past.size() < minHistory) {
            return new Verdict(Verdict.Outcome.NO_DATA, current, threshold, metric + " = " + Numbers.display(current)
                    + "; history has " + past.size() + " earlier run(s), " + minHistory + " needed to judge");
        }
        double score = method.score(current, past);
        double judged = method == AnomalyMethod.Z_SCORE ? Math.abs(score) : score;
        String message = metric + " = " + Numbers.display(current) + "; " + describe(score, past);
        return Verdict.of(bounds.contains(judged), score, threshold, message);
    }

    private String describe(double score, List<Double> past) {
        return switch (method) {
            case ABSOLUTE_CHANGE -> "changed by " + Numbers.display(score) + " from " + Numbers.display(past.get(past.size() - 1));
            case RELATIVE_CHANGE -> "changed by " + Numbers.percent(score) + " from " + Numbers.display(past.get(past.size() - 1));
            case Z_SCORE -> "z-score " + Numbers.display(score) + " against the last "
                    + past.size() + " run(s)";
        };
    }
}
