package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.buildrisk.explain.Influence;
import io.mlgate.engine.io.JsonText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.features.Extraction;
import io.mlgate.engine.buildrisk.model.Family;
import io.mlgate.engine.buildrisk.model.Metrics;
import io.mlgate.engine.buildrisk.model.TrainingOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code buildrisk-model} section: the model card, and each family's validation figures as a table. */
final class ModelSection {
    private ModelSection() {
    }

    /** How many of the last training builds the features' influence is measured over. */
    static final int INFLUENCE_BUILDS = 1000;
    /** How many features the report's table of influence shows (the card keeps them all). */
    static final int INFLUENCE_SHOWN = 10;

    /** The card's {@code influence}: the builds looked at, and each feature's figures, largest first. */
    static ObjectNode influenceJson(List<Influence> influence, int builds) {
        ObjectNode o = JsonText.NODES.objectNode();
        o.put("builds", builds);
        var features = o.putArray("features");
        influence.forEach(i -> features.addObject().put("feature", i.feature().id()).put("mean_effect", i.meanEffect())
                .put("raised_share", i.raised()).put("lowered_share", i.lowered()));
        return o;
    }

    static Section of(TrainingOutcome t, ObjectNode card, Extraction e, Optional<ReplacedModel> replaced,
                      List<Influence> influence, int influenceBuilds) {
        List<String> header = List.of("family", "builds scored out of time", "ROC AUC", "precision", "recall", "F1", "chosen");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Family, Metrics> m : t.validation().entrySet()) {
            Metrics v = m.getValue();
            rows.add(List.of(m.getKey().id(), Integer.toString(v.total()), Text.num(v.auc()), Text.num(v.precision()),
                    Text.num(v.recall()), Text.num(v.f1()), m.getKey() == t.chosen() ? "yes" : ""));
        }
        Metrics a = t.inTime();
        rows.add(List.of(t.chosen().id() + ", threshold set on the builds before each part", Integer.toString(a.total()),
                "", Text.num(a.precision()), Text.num(a.recall()), Text.num(a.f1()), ""));
        Metrics r = t.rule();
        rows.add(List.of("related-outcome rule, the same builds", Integer.toString(r.total()), "",
                Text.num(r.precision()), Text.num(r.recall()), Text.num(r.f1()), ""));
        Metrics b = t.baseline();
        rows.add(List.of("previous-outcome baseline, the same builds", Integer.toString(b.total()), Text.num(b.auc()),
                Text.num(b.precision()), Text.num(b.recall()), Text.num(b.f1()), ""));
        String intro = "Trained on " + t.trainedOn() + " builds (" + e.missing().size()
                + " more skipped: their commit is not in the repository). Decision threshold "
                + Text.num(t.model().threshold()) + "; family chosen, probabilities calibrated (Platt scaling, "
                + "within the groups of " + t.model().calibration().groupsInWords() + ") and threshold set on "
                + "out-of-time scores of the last " + t.validationBuilds() + " builds. The model calls a build broken "
                + "when " + t.model().decision().words(t.model().threshold()) + ".";
        String lineage = replaced.map(ReplacedModel::words).orElse("");
        String moves = "What moves the risks: over the last " + influenceBuilds + " training builds, how far each "
                + "feature moved a build's risk from what it would be at the feature's typical value (mean, in "
                + "percentage points), and on how many builds it raised or lowered it by half a point or more.";
        List<String> movesHeader = List.of("feature", "mean change (points)", "raised", "lowered");
        List<List<String>> movesRows = new ArrayList<>();
        for (Influence i : influence.subList(0, Math.min(INFLUENCE_SHOWN, influence.size()))) {
            movesRows.add(List.of(i.feature().id(), String.format(java.util.Locale.ROOT, "%.1f", 100 * i.meanEffect()), Text.percent(i.raised()),
                    Text.percent(i.lowered())));
        }
        String movesMd = movesRows.isEmpty() ? "" : "\n" + Text.md(moves) + "\n\n" + Text.mdTable(movesHeader, movesRows);
        String movesHtml = movesRows.isEmpty() ? "" : "<p>" + Text.html(moves) + "</p>\n" + Text.htmlTable(movesHeader, movesRows);
        return new Section("buildrisk-model", "Build-risk model", card,
                Text.md(intro) + "\n\n" + Text.mdTable(header, rows) + movesMd
                        + (lineage.isEmpty() ? "" : "\n" + Text.md(lineage) + "\n"),
                "<p>" + Text.html(intro) + "</p>\n" + Text.htmlTable(header, rows) + movesHtml
                        + (lineage.isEmpty() ? "" : "<p>" + Text.html(lineage) + "</p>\n"));
    }
}
