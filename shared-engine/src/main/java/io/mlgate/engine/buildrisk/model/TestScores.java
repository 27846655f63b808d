package io.mlgate.engine.buildrisk.model;

import java.util.Objects;

/**
 * What is known of each scored build, in history order — an evaluation's test builds, or the builds recorded with
 * their risk ({@link RecordedRisks}): the risk and the model's call, the outcome, the build's duration and the
 * previous-outcome rate — the share of builds that broke, among the builds before them (an evaluation's training
 * builds) in the same position (after a broken build, after a passing one), which is the previous-outcome baseline
 * made a probability. The arrays are the owner's own; callers must not change them.
 *
 * @param risk         the calibrated probability of a broken build given by the model that scored it
 * @param called       whether that model called it broken, by its decision rule
 * @param broken       whether the build broke (failed or errored)
 * @param seconds      its duration, 0 where unknown
 * @param baselineRate the previous-outcome rate for the build
 */
public record TestScores(double[] risk, boolean[] called, boolean[] broken, long[] seconds, double[] baselineRate) {
    public TestScores {
        Objects.requireNonNull(risk, "risk");
        if (called.length != risk.length || broken.length != risk.length || seconds.length != risk.length
                || baselineRate.length != risk.length) {
            throw new IllegalArgumentException("test scores of different lengths");
        }
    }

    public int size() {
        return risk.length;
    }

    public int brokenCount() {
        int n = 0;
        for (boolean b : broken) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /**
     * The builds a pipeline acting on {@code alarms} would have skipped (or shortened): those not alarmed, their
     * hours, and the broken ones among them, caught late.
     */
    public Evaluation.Skip skip(boolean[] alarms) {
        int skipped = 0;
        long secs = 0;
        int late = 0;
        for (int i = 0; i < alarms.length; i++) {
            if (!alarms[i]) {
                skipped++;
                late += broken[i] ? 1 : 0;
                secs += seconds[i];
            }
        }
        return new Evaluation.Skip(skipped, secs, late, brokenCount());
    }
}
