package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.RelatedOutcomes;

import java.util.List;
import java.util.Optional;

/**
 * How the model has done in use, on the builds the pipeline recorded with the risk {@code predict} gave them
 * ({@code record --risk}): the completed builds that carry a risk from a point in the history on — by default the
 * builds after the model's last training build. Its calls are replayed with its decision rule and threshold, beside
 * the previous-outcome baseline's calls on the same builds (the previous completed build on the branch, else overall,
 * from the whole history) — the live counterpart of {@code evaluate}'s test split.
 *
 * @param model    the model's calls against the outcomes; its ROC AUC is that of the recorded risks
 * @param baseline the previous-outcome baseline's calls on the same builds
 * @param scores   each build's recorded risk, the model's call, outcome, duration, and previous-outcome rate (the
 *                 share broken after a passing build and after a broken one, among the completed builds before
 *                 the window: the baseline as a probability)
 * @param rule     the model's decision rule (with {@link DecisionRule#PREVIOUS_OUTCOME} its calls are the baseline's;
 *                 with {@link DecisionRule#RELATED_OUTCOME} the related-outcome rule's, from the whole history too)
 */
public record RecordedRisks(Metrics model, Metrics baseline, TestScores scores, DecisionRule rule) {
    /** Fewer builds than this, and the two F1 scores are too close to call a winner. */
    public static final int MIN_BUILDS = 20;

    /**
     * The builds after the model's last training build. Empty when the history does not hold that build or no
     * completed build after it carries a recorded risk.
     */
    public static Optional<RecordedRisks> of(List<Build> history, String lastTrainingBuild, DecisionRule rule,
                                             double threshold) {
        int last = ModelAge.indexOf(history, lastTrainingBuild);
        return last < 0 ? Optional.empty() : from(history, last + 1, rule, threshold);
    }

    /**
     * The builds from index {@code first} of the history on; the previous-outcome rates come from the completed
     * builds before it. Empty when none of them is completed and carries a risk.
     */
    public static Optional<RecordedRisks> from(List<Build> history, int first, DecisionRule rule, double threshold) {
        return after(RelatedOutcomes.after(history.subList(0, first)), history.subList(first, history.size()), rule,
                threshold);
    }

    /**
     * The builds {@code since}, which follow those a walk stood after at {@code before} (its counts give the
     * previous-outcome rates, its branches' last outcomes the baseline's first calls, its related builds the
     * related-outcome rule's). Empty when none of them is completed and carries a risk.
     */
    public static Optional<RecordedRisks> after(RelatedOutcomes before, List<Build> since, DecisionRule rule,
                                                double threshold) {
        double[] rates = Baseline.rates(before.previous().builds(), before.previous().broken());
        RelatedOutcomes walk = before.copy();
        boolean[] previousBroken = new boolean[since.size()];
        boolean[] relatedBroken = new boolean[since.size()];
        int n = 0;
        for (int i = 0; i < since.size(); i++) {
            previousBroken[i] = walk.previous().previousBroken(since.get(i));
            relatedBroken[i] = walk.call(since.get(i)).broken();
            walk.add(since.get(i));
            n += scored(since.get(i)) ? 1 : 0;
        }
        if (n == 0) {
            return Optional.empty();
        }
        double[] risks = new double[n];
        boolean[] called = new boolean[n];
        double[] calls = new double[n];
        double[] baselineCalls = new double[n];
        boolean[] broken = new boolean[n];
        long[] seconds = new long[n];
        double[] baselineRate = new double[n];
        int k = 0;
        for (int i = 0; i < since.size(); i++) {
            Build b = since.get(i);
            if (!scored(b)) {
                continue;
            }
            risks[k] = b.risk().getAsDouble();
            broken[k] = b.status().isBroken();
            called[k] = rule.alarms(risks[k], threshold, previousBroken[i], relatedBroken[i]);
            calls[k] = called[k] ? 1 : 0;
            baselineCalls[k] = previousBroken[i] ? 1 : 0;
            seconds[k] = b.duration().orElse(0);
            baselineRate[k] = rates[previousBroken[i] ? 1 : 0];
            k++;
        }
        Metrics m = Metrics.of(calls, broken, 0.5).withAuc(Metrics.auc(risks, broken));
        return Optional.of(new RecordedRisks(m, Metrics.of(baselineCalls, broken, 0.5),
                new TestScores(risks, called, broken, seconds, baselineRate), rule));
    }

    /** The calibration of the recorded risks: Brier score beside the previous-outcome rates', risk bands. */
    public Reliability reliability() {
        return Reliability.of(scores);
    }

    /** The recorded risks added up: the broken builds they expected. */
    public double riskSum() {
        return reliability().expected();
    }

    /** The mean squared difference between each recorded risk and its outcome (1 broken, 0 not). */
    public double brier() {
        return reliability().brier();
    }

    /** The same for the previous-outcome rates. */
    public double baselineBrier() {
        return reliability().baselineBrier();
    }

    /** Completed builds scored. */
    public int builds() {
        return model.total();
    }

    /** Broken ones among them. */
    public int broken() {
        return model.broken();
    }

    /** Whether there are enough builds for {@link #words} to say which calls did better. */
    public boolean enough() {
        return builds() >= MIN_BUILDS;
    }

    /**
     * Whether, on enough builds, the model's own calls (by its threshold) did worse than the previous-outcome
     * baseline's: F1 below the baseline's.
     */
    public boolean behindBaseline() {
        return enough() && rule == DecisionRule.THRESHOLD && baseline.beats(model);
    }

    /**
     * "Since its training, 48 builds were recorded with the risk it gave and 7 of them broke, where the risks added
     * up to 6.2: the model's calls caught 5 with 9 alarms (F1 0.63), the previous-outcome baseline's 4 with 8 (F1
     * 0.53)."
     */
    public String words() {
        return words("Since its training");
    }

    /** {@link #words} opening with {@code since} ("Since the model this replaces was trained"). */
    public String words(String since) {
        String head = since + ", " + builds() + (builds() == 1 ? " build was" : " builds were")
                + " recorded with the risk it gave and " + broken() + " of them broke, where the risks added up to "
                + String.format(java.util.Locale.ROOT, "%.1f", riskSum()) + ": ";
        String calls = rule == DecisionRule.PREVIOUS_OUTCOME
                ? "its calls, the previous-outcome baseline's, caught " + model.tp() + " with " + alarms(model)
                + " (F1 " + f1(model) + ")"
                : "the model's calls" + (rule == DecisionRule.RELATED_OUTCOME ? " (the related-outcome rule's)" : "")
                + " caught " + model.tp() + " with " + alarms(model) + " (F1 " + f1(model)
                + "), the previous-outcome baseline's " + baseline.tp() + " with " + alarms(baseline) + " (F1 "
                + f1(baseline) + ")" + (enough() ? "" : "; too few builds yet to tell which calls are better");
        return head + calls + ".";
    }

    private static String alarms(Metrics m) {
        return m.alarms() + (m.alarms() == 1 ? " alarm" : " alarms");
    }

    private static String f1(Metrics m) {
        return Double.isNaN(m.f1()) ? "undefined" : String.format(java.util.Locale.ROOT, "%.2f", m.f1());
    }

    private static boolean scored(Build b) {
        return b.status().isCompleted() && b.risk().isPresent();
    }
}
