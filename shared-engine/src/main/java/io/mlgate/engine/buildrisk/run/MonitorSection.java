package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.model.DecisionRule;
import io.mlgate.engine.buildrisk.model.RecordedRisks;
import io.mlgate.engine.buildrisk.model.Reliability;
import io.mlgate.engine.buildrisk.policy.ActionRule;
import io.mlgate.engine.io.JsonText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code buildrisk-monitor} section: on the builds recorded with their risk, the model's calls beside the
 * previous-outcome baseline's, the risk cut-offs for the policy's actions, and the calibration, with the same tables
 * and charts as an evaluation's.
 */
final class MonitorSection {
    static final List<String> HEADER = List.of("", "precision", "recall", "F1", "ROC AUC", "accuracy");

    private MonitorSection() {
    }

    /**
     * {@code window}: the builds looked at, in words ("builds after ..."); {@code inWindow}: all of them, recorded
     * risk or not;
     * {@code threshold}: the model's decision threshold.
     */
    static Section of(Optional<RecordedRisks> live, String window, List<Build> inWindow, double threshold,
                      List<ActionRule> policyActions) {
        ObjectNode data = JsonText.NODES.objectNode();
        data.put("window", window);
        data.put("builds_in_window", inWindow.size());
        // the key figure a CI step exports (the GitHub Action: steps.<id>.outputs.model-behind-baseline)
        data.putObject("figures").put("modelBehindBaseline", live.isPresent() && live.get().behindBaseline());
        if (live.isEmpty()) {
            String none = "No completed build among the " + inWindow.size() + " " + window + " carries a recorded "
                    + "risk: record each build's risk at the end of the pipeline with mlgate buildrisk record --risk.";
            return new Section("buildrisk-monitor", "Build-risk monitor", data, Text.md(none) + "\n",
                    "<p>" + Text.html(none) + "</p>\n");
        }
        RecordedRisks l = live.get();
        data.set("recorded_risks", RecordedRisksJson.of(l));
        OperatingPointsText cuts = new OperatingPointsText(l.scores(), OptionalDouble.of(threshold), policyActions,
                data.putArray("operating_points"));
        Reliability reliability = l.reliability();
        ReliabilityText calibration = new ReliabilityText(reliability, data.putObject("calibration"),
                "these builds", "the builds before them");
        String intro = String.format(Locale.ROOT, "Of the %d %s, %d completed builds were recorded with the risk "
                + "predict gave them, and %d of them broke. The calls are the model's, by its decision rule: a build "
                + "is called broken when %s.", inWindow.size(), window, l.builds(), l.broken(),
                switch (l.rule()) {
                    case PREVIOUS_OUTCOME -> "the previous build broke (it keeps the previous-outcome baseline's calls)";
                    case RELATED_OUTCOME -> "the related-outcome rule calls it broken";
                    case THRESHOLD -> "its recorded risk is at or above " + Text.num(threshold);
                });
        List<List<String>> rows = List.of(EvaluationSection.row("the model's calls", l.model()),
                EvaluationSection.row("previous-outcome baseline", l.baseline()));
        String verdict = l.behindBaseline() ? "The model's calls are behind the baseline's. " + PredictSection.BEHIND
                : !l.enough() ? "Fewer than " + RecordedRisks.MIN_BUILDS + " builds: too few to tell the calls apart."
                : l.rule() == DecisionRule.PREVIOUS_OUTCOME ? "The model keeps the baseline's calls; its recorded risks "
                + "rank the builds with ROC AUC " + Text.num(l.model().auc()) + " (the baseline's calls: "
                + Text.num(l.baseline().auc()) + ")."
                : l.model().beats(l.baseline()) ? "The model's calls beat the baseline's."
                : "The model's calls are level with the baseline's.";
        String cutsIntro = "Risk cut-offs, for the policy's actions: every build at or above the recorded risk called "
                + "broken (precision and recall on broken builds), and the builds below it a pipeline could have "
                + "skipped.";
        return new Section("buildrisk-monitor", "Build-risk monitor", data,
                Text.md(intro) + "\n\n" + Text.mdTable(HEADER, rows) + "\n" + Text.md(verdict) + "\n\n"
                        + ScoreTables.md(cutsIntro, cuts, calibration),
                "<p>" + Text.html(intro) + "</p>\n" + Text.htmlTable(HEADER, rows) + "<p>" + Text.html(verdict)
                        + "</p>\n" + ScoreTables.html(cutsIntro, cuts, calibration)
                        + EvaluationCharts.html(l.scores(), l.model(), l.baseline(), reliability, "the recorded builds"));
    }
}
