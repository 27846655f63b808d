package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.mlgate.engine.io.JsonText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.EngineVersion;
import io.mlgate.engine.buildrisk.features.Feature;

import java.time.Instant;
import java.util.Map;

/**
 * The JSON model card saved beside the model file: what the model is (family, features with their scale and
 * reference value, label, calibration, decision threshold), what it was trained on (history and repository with
 * fingerprints, builds, settings and seed) and how it did on its validation builds.
 */
public final class ModelCard {
    public static final String SCHEMA = "mlgate-buildrisk-model-card/1";

    /** Where the training data came from. */
    public record TrainingData(String history, String historySha256, String repository, String repositoryHead,
                               int builds, int broken, String firstBuild, String lastBuild, int missingCommits) {
    }

    private ModelCard() {
    }

    public static ObjectNode of(TrainingOutcome t, ModelSettings s, TrainingData data, String modelFile,
                                String modelSha256, Instant created) {
        RiskModel m = t.model();
        ObjectNode card = JsonText.NODES.objectNode();
        card.put("schema", SCHEMA);
        card.put("model_file", modelFile);
        card.put("model_sha256", modelSha256);
        card.put("created", created.toString());
        card.put("engine_version", EngineVersion.get());
        card.put("tribuo_version", org.tribuo.Tribuo.VERSION);
        card.put("family", m.family().id());
        card.put("chosen_by", "ROC AUC of out-of-time scores of the last " + t.validationBuilds() + " training builds ("
                + s.folds() + " expanding-window folds)");
        ObjectNode label = card.putObject("label");
        label.put("positive", Examples.BROKEN);
        label.put("means", "the build failed or errored");
        ObjectNode cal = card.putObject("calibration");
        Calibration c = m.calibration();
        cal.put("method", c.method()).put("grouped_by", c.by().id());
        cal.putObject("passing").put("a", c.passing().a()).put("b", c.passing().b());
        cal.putObject("broken").put("a", c.broken().a()).put("b", c.broken().b());
        card.put("decision_threshold", m.threshold());
        card.put("decision_rule", m.decision().id());
        var features = card.putArray("features");
        double[] ref = m.reference();
        for (Feature f : Feature.values()) {
            features.addObject().put("id", f.id()).put("log_scale", f.logScale()).put("learned", f.learned())
                    .put("reference", ref[f.ordinal()]);
        }
        ObjectNode settings = card.putObject("settings");
        settings.put("seed", s.seed());
        settings.put("validation_folds", s.folds());
        settings.put("xgboost_trees", s.trees());
        settings.put("xgboost_depth", s.depth());
        settings.put("xgboost_eta", s.eta());
        settings.put("logistic_epochs", s.epochs());
        settings.put("recency_half_life", s.halfLife());
        settings.put("seeds_averaged", s.members());
        settings.put("calls", s.calls().id());
        settings.set("families", s.families().stream().map(Family::id).collect(JsonText.NODES::arrayNode, ArrayNode::add, ArrayNode::addAll));
        ObjectNode training = card.putObject("training");
        training.put("history", data.history());
        training.put("history_sha256", data.historySha256());
        training.put("repository", data.repository());
        training.put("repository_head", data.repositoryHead());
        training.put("builds", data.builds());
        training.put("broken", data.broken());
        training.put("first_build", data.firstBuild());
        training.put("last_build", data.lastBuild());
        training.put("missing_commits", data.missingCommits());
        training.put("fit_builds", t.fitBuilds());
        training.put("validation_builds", t.validationBuilds());
        ObjectNode validation = card.putObject("validation");
        for (Map.Entry<Family, Metrics> e : t.validation().entrySet()) {
            validation.set(e.getKey().id(), metrics(e.getValue()));
        }
        validation.set("alarms_in_time_order", metrics(t.inTime()));
        validation.set("previous_outcome_baseline", metrics(t.baseline()));
        validation.set("related_outcome_rule", metrics(t.rule()));
        return card;
    }

    /** A metrics object: builds, broken, precision, recall, F1, accuracy, ROC AUC (NaN as null). */
    public static ObjectNode metrics(Metrics m) {
        ObjectNode o = JsonText.NODES.objectNode();
        o.put("builds", m.total());
        o.put("broken", m.broken());
        number(o, "precision", m.precision());
        number(o, "recall", m.recall());
        number(o, "f1", m.f1());
        number(o, "accuracy", m.accuracy());
        number(o, "roc_auc", m.auc());
        return o;
    }

    /** {@code v} under {@code key} rounded to six decimals, null when undefined. */
    public static void number(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, Math.round(v * 1e6) / 1e6);
        }
    }

    static String text(JsonNode card, String field) {
        return card.path(field).asText("");
    }
}
