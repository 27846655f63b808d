package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.features.Extraction;
import io.mlgate.engine.buildrisk.model.Evaluation;
import io.mlgate.engine.buildrisk.model.Metrics;
import io.mlgate.engine.buildrisk.model.ModelCard;
import io.mlgate.engine.buildrisk.model.RiskModel;
import io.mlgate.engine.io.JsonText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code buildrisk-evaluation} section: model against baseline on the test builds, and what skipping costs. */
final class EvaluationSection {
    private EvaluationSection() {
    }

    static Section of(Evaluation ev, Extraction e, double trainShare) {
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
        data.set("model", ModelCard.metrics(ev.model()));
        data.set("baseline", ModelCard.metrics(ev.baseline()));
        data.put("beats_baseline", ev.beatsBaseline());
        Evaluation.Skip s = ev.skip();
        ObjectNode skip = data.putObject("low_risk");
        skip.put("builds", s.builds());
        skip.put("hours", Math.round(s.seconds() / 36.0) / 100.0);
        skip.put("failures_caught_late", s.caughtLate());
        skip.put("failures", s.brokenTotal());
        List<String> header = List.of("", "precision", "recall", "F1", "ROC AUC", "accuracy");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(ev.training().chosen().id() + " model", ev.model()));
        rows.add(row("previous-outcome baseline", ev.baseline()));
        String intro = String.format(Locale.ROOT, "Trained on the first %d builds, tested on the last %d (%s broken; %d "
                        + "more builds skipped, their commit is not in the repository). Measures are on broken builds.",
                ev.trainBuilds(), ev.testBuilds(), Text.percent(ev.model().brokenShare()), e.missing().size());
        RiskModel m = ev.training().model();
        String verdict = (ev.beatsBaseline() ? "The model beats the baseline's F1."
                : "The model does not beat the previous-outcome baseline's F1.") + " On its training builds, its alarms "
                + "replayed in time order had F1 " + Text.num(ev.training().inTime().f1()) + " against the baseline's "
                + Text.num(ev.training().baseline().f1()) + ", so it calls a build broken when "
                + m.decision().words(m.threshold()) + ".";
        String skipText = String.format(Locale.ROOT, "Not called broken (the model calls a build broken when %s): %d "
                        + "of %d test builds could have been skipped (%.1f hours of build time); %d of the %d broken test "
                        + "builds were among them and would have been caught late.", m.decision().words(m.threshold()),
                s.builds(), ev.testBuilds(), s.seconds() / 3600.0, s.caughtLate(), s.brokenTotal());
        return new Section("buildrisk-evaluation", "Build-risk evaluation", data,
                Text.md(intro) + "\n\n" + Text.mdTable(header, rows) + "\n" + Text.md(verdict) + "\n\n" + Text.md(skipText),
                "<p>" + Text.html(intro) + "</p>\n" + Text.htmlTable(header, rows) + "<p>" + Text.html(verdict) + "</p>\n<p>"
                        + Text.html(skipText) + "</p>\n");
    }

    private static List<String> row(String name, Metrics m) {
        return List.of(name, Text.num(m.precision()), Text.num(m.recall()), Text.num(m.f1()), Text.num(m.auc()),
                Text.num(m.accuracy()));
    }
}
