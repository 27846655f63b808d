package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.Feature;

import java.util.List;
import java.util.Objects;

/**
 * Turns the model's raw score into a probability of a broken build with one Platt scaling per group of builds: those
 * a 0/1 feature calls passing and those it calls broken. The feature is the previous build's outcome (the
 * previous-outcome baseline's two groups) or the related-outcome rule's call ({@link Feature#RELATED_OUTCOME_CALL}),
 * whichever gives the validation builds the higher ROC AUC ({@link #choose}). The model thereby predicts the
 * grouping call's errors: within the builds it calls broken, which will pass after all; within those it calls
 * passing, which will break. Each scaling is fitted on that group's out-of-time scores; a group with fewer than
 * {@value #MIN_PER_CLASS} broken or passing builds there keeps the slope fitted on all of them and gets an intercept
 * of its own ({@link Platt#withIntercept}), so that even a small history's groups sit apart as far as their broken
 * shares do.
 *
 * @param by      the 0/1 feature that picks the group: {@link Feature#PREVIOUS_BUILD_BROKEN} or
 *                {@link Feature#RELATED_OUTCOME_CALL}
 * @param passing applied when that feature is 0
 * @param broken  applied when it is 1
 */
public record Calibration(Feature by, Platt passing, Platt broken) {
    /** Fewest broken and fewest passing builds a group needs for a scaling of its own. */
    public static final int MIN_PER_CLASS = 5;
    /** The features a calibration can be grouped by, the first preferred on a tie. */
    static final List<Feature> GROUPINGS = List.of(Feature.PREVIOUS_BUILD_BROKEN, Feature.RELATED_OUTCOME_CALL);

    public Calibration {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(passing, "passing");
        Objects.requireNonNull(broken, "broken");
        if (!GROUPINGS.contains(by)) {
            throw new IllegalArgumentException("a calibration is grouped by one of " + GROUPINGS + ", not " + by);
        }
    }

    /** The same scaling for both groups. */
    public static Calibration single(Platt p) {
        return new Calibration(Feature.PREVIOUS_BUILD_BROKEN, p, p);
    }

    /** The calibrated probability of a score, for a build in the group called broken or not. */
    public double apply(double score, boolean calledBroken) {
        return (calledBroken ? broken : passing).apply(score);
    }

    /** The calibrated probability of a score, for a build with these raw measurements (in {@link Feature} order). */
    public double apply(double score, double[] raw) {
        return apply(score, by.isSetIn(raw));
    }

    /** Calibrated probabilities of scores, each with whether its build is in the group called broken. */
    public double[] apply(double[] scores, boolean[] calledBroken) {
        double[] p = new double[scores.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = apply(scores[i], calledBroken[i]);
        }
        return p;
    }

    /**
     * The calibration by whichever grouping ranks these builds better once calibrated (higher ROC AUC; on a tie, the
     * previous outcome's). {@code groups} holds, per {@link #GROUPINGS} feature, each build's flag.
     */
    public static Calibration choose(double[] scores, boolean[] broken, java.util.Map<Feature, boolean[]> groups) {
        Calibration best = null;
        double bestAuc = Double.NEGATIVE_INFINITY;
        for (Feature by : GROUPINGS) {
            Calibration c = fit(scores, broken, groups.get(by), by);
            double auc = Metrics.auc(c.apply(scores, groups.get(by)), broken);
            if (best == null || auc > bestAuc) {
                best = c;
                bestAuc = auc;
            }
        }
        return best;
    }

    /** Fits each group's scaling on its own scores and outcomes. */
    public static Calibration fit(double[] scores, boolean[] broken, boolean[] calledBroken, Feature by) {
        Platt pooled = Platt.fit(scores, broken);
        return new Calibration(by, fitGroup(scores, broken, calledBroken, false, pooled),
                fitGroup(scores, broken, calledBroken, true, pooled));
    }

    private static Platt fitGroup(double[] scores, boolean[] broken, boolean[] calledBroken, boolean group,
                                  Platt pooled) {
        int n = 0;
        for (boolean g : calledBroken) {
            n += g == group ? 1 : 0;
        }
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        int pos = 0;
        for (int i = 0, k = 0; i < scores.length; i++) {
            if (calledBroken[i] == group) {
                s[k] = scores[i];
                y[k++] = broken[i];
                pos += broken[i] ? 1 : 0;
            }
        }
        if (n == 0) {
            return pooled;
        }
        return pos < MIN_PER_CLASS || n - pos < MIN_PER_CLASS ? pooled.withIntercept(s, y) : Platt.fit(s, y);
    }

    /** How the card names this calibration: {@code platt-by-previous-outcome} or {@code platt-by-related-outcome-rule}. */
    public String method() {
        return by == Feature.PREVIOUS_BUILD_BROKEN ? "platt-by-previous-outcome" : "platt-by-related-outcome-rule";
    }

    /** In words, for progress lines and reports: "the previous build's outcome" or "the related-outcome rule's call". */
    public String groupsInWords() {
        return by == Feature.PREVIOUS_BUILD_BROKEN ? "the previous build's outcome" : "the related-outcome rule's call";
    }
}
