package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.model.DecisionRule;
import io.mlgate.engine.buildrisk.model.ModelFiles;
import io.mlgate.engine.buildrisk.model.RecordedRisks;
import io.mlgate.engine.io.JsonText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The model a training run replaces in its directory, as the new card's {@code replaces} records it: when it was
 * created, the last build it was trained on, its model file's SHA-256, and how its calls did on the builds recorded
 * with their risk since its training ({@link RecordedRisks}), so that whoever reviews the new model sees what the old
 * one did in use.
 *
 * @param created   the old card's creation time
 * @param lastBuild the last build the old model was trained on
 * @param sha256    the old model file's SHA-256
 * @param live      its calls on the builds recorded with their risk since, when there are any
 */
record ReplacedModel(String created, String lastBuild, String sha256, Optional<RecordedRisks> live) {

    /** Empty when the directory holds no readable build-risk model card (a first training, or something else). */
    static Optional<ReplacedModel> in(Path modelDir, List<Build> history) {
        if (!Files.isRegularFile(modelDir.resolve(ModelFiles.CARD))) {
            return Optional.empty();
        }
        JsonNode card;
        DecisionRule rule;
        try {
            card = ModelFiles.card(modelDir);
            rule = ModelFiles.decisionRule(card, modelDir.resolve(ModelFiles.CARD));
        } catch (BadInputException e) {
            return Optional.empty(); // replaced all the same: training writes a whole new model
        }
        String last = ModelFiles.lastTrainingBuild(card);
        return Optional.of(new ReplacedModel(card.path("created").asText(""), last,
                card.path("model_sha256").asText(""),
                RecordedRisks.of(history, last, rule, card.path("decision_threshold").asDouble())));
    }

    ObjectNode json() {
        ObjectNode o = JsonText.NODES.objectNode().put("created", created).put("last_build", lastBuild)
                .put("model_sha256", sha256);
        live.ifPresent(l -> o.set("recorded_risks", RecordedRisksJson.of(l)));
        return o;
    }

    /** "It replaces the model trained up to build 1841 (created ...). Since the model this replaces was trained, ..." */
    String words() {
        return "It replaces the model trained up to build " + lastBuild + " (created " + created + ")."
                + live.map(l -> " " + l.words("Since that model was trained")).orElse(" No build after that "
                + "model's last training build carries a recorded risk (record --risk).");
    }
}
