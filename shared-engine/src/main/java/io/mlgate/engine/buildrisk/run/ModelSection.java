package io.mlgate.engine.buildrisk.run;

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

    static Section of(TrainingOutcome t, ObjectNode card, Extraction e, Optional<ReplacedModel> replaced) {
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
        Metrics b = t.baseline();
        rows.add(List.of("previous-outcome baseline, the same builds", Integer.toString(b.total()), Text.num(b.auc()),
                Text.num(b.precision()), Text.num(b.recall()), Text.num(b.f1()), ""));
        String intro = "Trained on " + t.trainedOn() + " builds (" + e.missing().size()
                + " more skipped: their commit is not in the repository). Decision threshold "
                + Text.num(t.model().threshold()) + "; family chosen, probabilities calibrated (Platt scaling) and "
                + "threshold set on out-of-time scores of the last " + t.validationBuilds() + " builds. The model calls "
                + "a build broken when " + t.model().decision().words(t.model().threshold()) + ".";
        String lineage = replaced.map(ReplacedModel::words).orElse("");
        return new Section("buildrisk-model", "Build-risk model", card,
                Text.md(intro) + "\n\n" + Text.mdTable(header, rows) + (lineage.isEmpty() ? "" : "\n" + Text.md(lineage) + "\n"),
                "<p>" + Text.html(intro) + "</p>\n" + Text.htmlTable(header, rows)
                        + (lineage.isEmpty() ? "" : "<p>" + Text.html(lineage) + "</p>\n"));
    }
}
