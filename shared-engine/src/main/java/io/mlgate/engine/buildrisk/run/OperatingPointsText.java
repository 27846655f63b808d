package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.model.Evaluation;
import io.mlgate.engine.buildrisk.model.ModelCard;
import io.mlgate.engine.buildrisk.model.OperatingPoint;
import io.mlgate.engine.buildrisk.model.TestScores;
import io.mlgate.engine.buildrisk.policy.ActionRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Risk cut-offs, of an evaluation's test builds or of the builds recorded with their risk: for the policy's action
 * thresholds, the model's decision threshold (one model) and a few round risks, what calling every build at or above
 * the cut broken would have caught and what the builds below it would have saved. {@code operating_points} in the section's data, a table in its text.
 */
final class OperatingPointsText {
    /** Round cut-offs shown whatever the policy says, so that a team without actions yet can pick some. */
    static final double[] ROUND = {0.1, 0.2, 0.3, 0.5};
    static final List<String> HEADER = List.of("risk at or above", "from", "called broken", "precision", "recall",
            "builds below it (hours)", "broken builds below it");

    final List<List<String>> rows = new ArrayList<>();

    /** Fills {@code points} of the section's data and {@link #rows}. */
    OperatingPointsText(Evaluation ev, List<ActionRule> policyActions, ArrayNode points) {
        this(ev.scores(), ev.rolling() ? OptionalDouble.empty() : OptionalDouble.of(ev.training().model().threshold()),
                policyActions, points);
    }

    /**
     * The cut-offs on {@code scores}: the policy's thresholds, the model's decision threshold when there is one model,
     * the round ones.
     */
    OperatingPointsText(TestScores scores, OptionalDouble modelThreshold, List<ActionRule> policyActions,
                        ArrayNode points) {
        for (Map.Entry<Double, List<String>> cut : cuts(modelThreshold, policyActions).entrySet()) {
            OperatingPoint p = OperatingPoint.at(scores, cut.getKey());
            ObjectNode o = points.addObject();
            o.put("min_risk", cut.getKey());
            cut.getValue().forEach(o.putArray("from")::add);
            o.put("called_broken", p.alarms());
            ModelCard.number(o, "precision", p.calls().precision());
            ModelCard.number(o, "recall", p.calls().recall());
            ModelCard.number(o, "f1", p.calls().f1());
            skipped(o.putObject("below"), p.below());
            rows.add(List.of(Text.num(cut.getKey()), String.join(", ", cut.getValue()),
                    p.alarms() + " of " + scores.size(), Text.num(p.calls().precision()),
                    Text.num(p.calls().recall()), p.below().builds() + " (" + Text.hours(p.below().seconds()) + ")",
                    p.below().caughtLate() + " of " + p.below().brokenTotal()));
        }
    }

    /** The builds {@code s} counts as not called broken, into {@code o}: builds, hours, failures caught late. */
    static ObjectNode skipped(ObjectNode o, Evaluation.Skip s) {
        o.put("builds", s.builds());
        o.put("hours", Text.hours(s.seconds()));
        o.put("failures_caught_late", s.caughtLate());
        return o;
    }

    /** Cut-offs, highest first, each with where it comes from (empty for a round one). */
    static Map<Double, List<String>> cuts(OptionalDouble modelThreshold, List<ActionRule> policyActions) {
        Map<Double, List<String>> cuts = new TreeMap<>((a, b) -> Double.compare(b, a));
        for (double r : ROUND) {
            cuts.put(r, new ArrayList<>());
        }
        for (ActionRule a : policyActions) {
            cuts.computeIfAbsent(a.min(), k -> new ArrayList<>()).add("policy: " + a.action().id());
        }
        if (modelThreshold.isPresent()) {
            cuts.computeIfAbsent(modelThreshold.getAsDouble(), k -> new ArrayList<>()).add("the model's decision threshold");
        }
        return cuts;
    }
}
