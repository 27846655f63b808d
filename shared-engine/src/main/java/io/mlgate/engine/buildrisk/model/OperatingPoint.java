package io.mlgate.engine.buildrisk.model;

import java.util.Objects;

/**
 * What calling every test build with a risk at or above {@code minRisk} broken would have done: the calls' precision
 * and recall on broken builds, and the builds below it a pipeline could have skipped. A team reads a table of these
 * to set the policy's {@code actions}.
 *
 * @param minRisk the risk at or above which a build is called broken
 * @param calls   those calls against the outcomes (ROC AUC left out: it does not depend on the cut)
 * @param below   the builds under the cut
 */
public record OperatingPoint(double minRisk, Metrics calls, Evaluation.Skip below) {
    public OperatingPoint {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(below, "below");
    }

    /** The cut at {@code minRisk} on {@code scores}. */
    public static OperatingPoint at(TestScores scores, double minRisk) {
        boolean[] alarms = new boolean[scores.size()];
        for (int i = 0; i < alarms.length; i++) {
            alarms[i] = scores.risk()[i] >= minRisk;
        }
        Metrics m = Metrics.of(scores.risk(), scores.broken(), minRisk).withAuc(Double.NaN);
        return new OperatingPoint(minRisk, m, scores.skip(alarms));
    }

    /** Builds called broken. */
    public int alarms() {
        return calls.alarms();
    }
}
