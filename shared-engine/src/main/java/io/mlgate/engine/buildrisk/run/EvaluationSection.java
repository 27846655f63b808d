package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.features.Extraction;
import io.mlgate.engine.buildrisk.model.Evaluation;
import io.mlgate.engine.buildrisk.model.Metrics;
import io.mlgate.engine.buildrisk.model.ModelCard;
import io.mlgate.engine.buildrisk.model.Reliability;
import io.mlgate.engine.buildrisk.model.RiskModel;
import io.mlgate.engine.buildrisk.model.TrainingOutcome;
import io.mlgate.engine.buildrisk.policy.ActionRule;
import io.mlgate.engine.io.JsonText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The {@code buildrisk-evaluation} section: model against baseline on the test builds, and what skipping costs. */
final class EvaluationSection {
    private EvaluationSection() {
    }

    /** {@code policyActions}: the policy's action rules, whose thresholds the cut-off table includes. */
    static Section of(Evaluation ev, Extraction e, double trainShare, List<ActionRule> policyActions) {
        ObjectNode data = JsonText.NODES.objectNode();
        data.put("split", "time:" + trainShare);
        data.put("train_builds", ev.trainBuilds());
        data.put("test_builds", ev.testBuilds());
        data.put("missing_commits", e.missing().size());
        data.put("family", ev.training().chosen().id());
        data.put("decision_threshold", ev.training().model().threshold());
        data.put("decision_rule", ev.training().model().decision().id());
        data.set("training_alarms_in_time_order", ModelCard.metrics(ev.training().inTime()));
        data.set("training_baseline", ModelCard.metrics(ev.training().baseline()));
        data.set("training_related_outcome_rule", ModelCard.metrics(ev.training().rule()));
        data.set("model", ModelCard.metrics(ev.model()));
        data.set("baseline", ModelCard.metrics(ev.baseline()));
        data.put("beats_baseline", ev.beatsBaseline());
        data.put("models_trained", ev.trainings().size());
        List<List<String>> modelRows = ev.rolling() ? models(ev, data) : List.of();
        Evaluation.Skip s = ev.skip();
        OperatingPointsText.skipped(data.putObject("low_risk"), s).put("failures", s.brokenTotal());
        OperatingPointsText cuts = new OperatingPointsText(ev, policyActions, data.putArray("operating_points"));
        Reliability reliability = ev.reliability();
        ReliabilityText calibration = new ReliabilityText(reliability, data.putObject("calibration"));
        List<String> header = List.of("", "precision", "recall", "F1", "ROC AUC", "accuracy");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(ev.rolling() ? "models (" + counts(ev, t -> t.chosen().id()) + ")"
                : ev.training().chosen().id() + " model", ev.model()));
        rows.add(row("previous-outcome baseline", ev.baseline()));
        String intro = String.format(Locale.ROOT, "Trained on the first %d builds, tested on the last %d (%s broken; %d "
                        + "more builds skipped, their commit is not in the repository). Measures are on broken builds.",
                ev.trainBuilds(), ev.testBuilds(), Text.percent(ev.model().brokenShare()), e.missing().size())
                + (ev.rolling() ? String.format(Locale.ROOT, " Retrained every %d test builds on every build before "
                        + "them: %d models, the last trained on the first %d builds.", ev.block(), ev.trainings().size(),
                ev.trainings().get(ev.trainings().size() - 1).trainedOn()) : "");
        RiskModel m = ev.training().model();
        String verdict = (ev.beatsBaseline() ? "The model beats the baseline's F1."
                : "The model does not beat the previous-outcome baseline's F1.") + (ev.rolling()
                ? " Each model calls builds broken by its decision rule: "
                + counts(ev, t -> t.model().decision().id()) + "."
                : " It calls a build broken when " + m.decision().words(m.threshold()) + ". On its training builds, "
                + "replayed in time order, its alarms by its threshold had F1 " + Text.num(ev.training().inTime().f1())
                + ", the related-outcome rule's calls " + Text.num(ev.training().rule().f1()) + ", the baseline's "
                + Text.num(ev.training().baseline().f1()) + ".");
        String skipText = String.format(Locale.ROOT, "Not called broken (%s): %d "
                        + "of %d test builds could have been skipped (%.1f hours of build time); %d of the %d broken test "
                        + "builds were among them and would have been caught late.", ev.rolling()
                        ? "by the model that scored them" : "the model calls a build broken when "
                        + m.decision().words(m.threshold()),
                s.builds(), ev.testBuilds(), s.seconds() / 3600.0, s.caughtLate(), s.brokenTotal());
        String mdModels = modelRows.isEmpty() ? "" : "\n\n" + Text.mdTable(MODEL_HEADER, modelRows);
        String htmlModels = modelRows.isEmpty() ? "" : Text.htmlTable(MODEL_HEADER, modelRows);
        return new Section("buildrisk-evaluation", "Build-risk evaluation", data,
                Text.md(intro) + "\n\n" + Text.mdTable(header, rows) + "\n" + Text.md(verdict) + "\n\n" + Text.md(skipText)
                        + mdModels + "\n\n" + ScoreTables.md(CUTS_INTRO, cuts, calibration),
                "<p>" + Text.html(intro) + "</p>\n" + Text.htmlTable(header, rows) + "<p>" + Text.html(verdict) + "</p>\n<p>"
                        + Text.html(skipText) + "</p>\n" + htmlModels + ScoreTables.html(CUTS_INTRO, cuts, calibration)
                        + EvaluationCharts.html(ev, reliability));
    }

    private static final String CUTS_INTRO = "Risk cut-offs, for the policy's actions: every test build at or above "
            + "the risk called broken (precision and recall on broken builds), and the builds below it a pipeline "
            + "could have skipped.";
    private static final List<String> MODEL_HEADER = List.of("model", "trained on builds", "family", "decision rule",
            "threshold", "in-time F1 on its training builds", "the rule's F1 there", "baseline's F1 there");

    /** Each model of a rolling evaluation: into {@code data}'s {@code models}, and as the rows of its table. */
    private static List<List<String>> models(Evaluation ev, ObjectNode data) {
        data.put("retrain_every", ev.block());
        var models = data.putArray("models");
        List<List<String>> rows = new ArrayList<>();
        for (TrainingOutcome t : ev.trainings()) {
            ObjectNode m = models.addObject();
            m.put("trained_on", t.trainedOn());
            m.put("family", t.chosen().id());
            m.put("decision_rule", t.model().decision().id());
            m.put("decision_threshold", t.model().threshold());
            m.put("training_alarms_in_time_order_f1", t.inTime().f1());
            m.put("training_related_outcome_rule_f1", t.rule().f1());
            m.put("training_baseline_f1", t.baseline().f1());
            rows.add(List.of(Integer.toString(rows.size() + 1), Integer.toString(t.trainedOn()), t.chosen().id(),
                    t.model().decision().id(), Text.num(t.model().threshold()), Text.num(t.inTime().f1()),
                    Text.num(t.rule().f1()), Text.num(t.baseline().f1())));
        }
        return rows;
    }

    /** "logistic ×3, xgboost ×2": how many of the models have each value, in the order they first came. */
    private static String counts(Evaluation ev, Function<TrainingOutcome, String> value) {
        Map<String, Integer> n = new LinkedHashMap<>();
        ev.trainings().forEach(t -> n.merge(value.apply(t), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        n.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" \u00d7").append(v));
        return b.toString();
    }

    static List<String> row(String name, Metrics m) {
        return List.of(name, Text.num(m.precision()), Text.num(m.recall()), Text.num(m.f1()), Text.num(m.auc()),
                Text.num(m.accuracy()));
    }
}
