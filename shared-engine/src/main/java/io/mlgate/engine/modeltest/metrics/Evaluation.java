package io.mlgate.engine.modeltest.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The metric groups that apply to one model's outcomes, and notes on those that do not (no scores, no
 * probabilities). Metrics are addressed by their position in {@link #ids()}, the concatenation of the groups' ids.
 */
public final class Evaluation {
    private final Outcomes outcomes;
    private final List<MetricGroup> groups = new ArrayList<>();
    private final List<MetricId> ids = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Evaluation(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    public static Evaluation of(Outcomes outcomes) {
        Evaluation e = new Evaluation(outcomes);
        if (outcomes instanceof ClassOutcomes c) {
            e.add(new ConfusionMetrics(c));
            if (c.scores() == null) {
                e.notes.add("ROC AUC and PR AUC need scores; the model under test gives labels only");
            } else {
                e.add(new RankingMetrics(c));
            }
            if (c.probabilities()) {
                e.add(new ProbabilityMetrics(c));
            } else {
                e.notes.add("log loss, Brier score and ECE need probabilities; the model under test gives "
                        + (c.scores() == null ? "labels only" : "scores that are not probabilities"));
            }
        } else {
            e.add(new RegressionMetrics((RegressionOutcomes) outcomes));
        }
        return e;
    }

    private void add(MetricGroup g) {
        groups.add(g);
        ids.addAll(g.ids());
    }

    public Outcomes outcomes() {
        return outcomes;
    }

    public List<MetricGroup> groups() {
        return groups;
    }

    public List<MetricId> ids() {
        return ids;
    }

    public List<String> notes() {
        return notes;
    }

    /** Position of {@code id} in {@link #ids()}, or -1. */
    public int indexOf(MetricId id) {
        return ids.indexOf(id);
    }

    /** All metrics under the given weights ({@code null}: every row once), in {@link #ids()} order. */
    public double[] compute(byte[] weights) {
        double[] out = new double[ids.size()];
        int at = 0;
        for (MetricGroup g : groups) {
            g.compute(weights, out, at);
            at += g.ids().size();
        }
        return out;
    }
}
