package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.Feature;

import java.util.Objects;

/**
 * Turns the model's raw score into a probability of a broken build with one Platt scaling for builds whose previous
 * build broke and another for builds whose previous build passed (the previous-outcome baseline's two groups). The
 * model thereby predicts the baseline's errors: within the builds after a broken one, which will pass after all;
 * within the builds after a passing one, which will break. Each scaling is fitted on that group's out-of-time scores;
 * a group with fewer than {@value #MIN_PER_CLASS} broken or passing builds there gets the scaling fitted on all of
 * them (too few to calibrate on their own).
 *
 * @param afterPassing applied when {@link Feature#PREVIOUS_BUILD_BROKEN} is 0
 * @param afterBroken  applied when it is 1
 */
public record Calibration(Platt afterPassing, Platt afterBroken) {
    /** Fewest broken and fewest passing builds a group needs for a scaling of its own. */
    public static final int MIN_PER_CLASS = 5;

    public Calibration {
        Objects.requireNonNull(afterPassing, "afterPassing");
        Objects.requireNonNull(afterBroken, "afterBroken");
    }

    /** The same scaling for both groups. */
    public static Calibration single(Platt p) {
        return new Calibration(p, p);
    }

    /** The calibrated probability of a score, for a build whose previous build broke or not. */
    public double apply(double score, boolean previousBroken) {
        return (previousBroken ? afterBroken : afterPassing).apply(score);
    }

    /** Whether raw measurements (in {@link Feature} order) say the previous build broke. */
    static boolean previousBroken(double[] raw) {
        return raw[Feature.PREVIOUS_BUILD_BROKEN.ordinal()] >= 0.5;
    }

    /** Fits each group's scaling on its own scores and outcomes. */
    public static Calibration fit(double[] scores, boolean[] broken, boolean[] previousBroken) {
        Platt pooled = Platt.fit(scores, broken);
        return new Calibration(fitGroup(scores, broken, previousBroken, false, pooled),
                fitGroup(scores, broken, previousBroken, true, pooled));
    }

    private static Platt fitGroup(double[] scores, boolean[] broken, boolean[] previousBroken, boolean group,
                                  Platt pooled) {
        int n = 0;
        for (boolean g : previousBroken) {
            n += g == group ? 1 : 0;
        }
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0, k = 0; i < scores.length; i++) {
            if (previousBroken[i] == group) {
                s[k] = scores[i];
                y[k++] = broken[i];
            }
        }
        int pos = 0;
        for (boolean b : y) {
            pos += b ? 1 : 0;
        }
        return pos < MIN_PER_CLASS || n - pos < MIN_PER_CLASS ? pooled : Platt.fit(s, y);
    }

    /** Calibrated probabilities of scores, each with its build's previous outcome. */
    public double[] apply(double[] scores, boolean[] previousBroken) {
        double[] p = new double[scores.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = apply(scores[i], previousBroken[i]);
        }
        return p;
    }
}
