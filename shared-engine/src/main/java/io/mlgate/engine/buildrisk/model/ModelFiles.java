package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.io.AtomicFiles;
import io.mlgate.engine.io.Fingerprints;
import org.tribuo.Model;
import org.tribuo.classification.Label;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved risk model is a directory with {@code model.tribuo} (the Tribuo model as protobuf) and
 * {@code model-card.json} (which carries the calibration, threshold and reference values, and the model file's
 * SHA-256). Both are written atomically, the model file first; loading checks the fingerprint and the features.
 */
public final class ModelFiles {
    public static final String MODEL = "model.tribuo";
    public static final String CARD = "model-card.json";

    /** A loaded model and its card. */
    public record Loaded(RiskModel model, JsonNode card) {
    }

    private ModelFiles() {
    }

    /** Serializes the model; the bytes to write and fingerprint. */
    public static byte[] bytes(RiskModel model) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.tribuo().serializeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the model: " + e.getMessage(), e);
        }
    }

    public static void save(Path dir, byte[] modelBytes, ObjectNode card) {
        AtomicFiles.write(dir.resolve(MODEL), modelBytes);
        try {
            AtomicFiles.writeString(dir.resolve(CARD), ModelCard.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(card) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model card: " + e.getMessage(), e);
        }
    }

    /** The card's calibration; a card written before calibration by previous outcome has one Platt scaling. */
    static Calibration calibration(JsonNode cal) {
        if (cal.has("after_broken")) {
            return new Calibration(platt(cal.path("after_passing")), platt(cal.path("after_broken")));
        }
        return Calibration.single(platt(cal));
    }

    private static Platt platt(JsonNode n) {
        return new Platt(n.path("a").asDouble(), n.path("b").asDouble());
    }

    public static Loaded load(Path dir) {
        Path cardFile = dir.resolve(CARD);
        Path modelFile = dir.resolve(MODEL);
        JsonNode card;
        byte[] bytes;
        try {
            card = ModelCard.JSON.readTree(Files.readAllBytes(cardFile));
            bytes = Files.readAllBytes(modelFile);
        } catch (NoSuchFileException e) {
            throw new BadInputException(dir + ": not a build-risk model directory: " + e.getFile() + " is missing "
                    + "(train one with 'mlgate buildrisk train')");
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot read the model: " + e.getMessage());
        }
        if (!ModelCard.SCHEMA.equals(ModelCard.text(card, "schema"))) {
            throw new BadInputException(cardFile + ": not a build-risk model card (schema '" + ModelCard.text(card, "schema")
                    + "', expected '" + ModelCard.SCHEMA + "')");
        }
        if (!Fingerprints.sha256(bytes).equals(ModelCard.text(card, "model_sha256"))) {
            throw new BadInputException(modelFile + ": does not match its model card (SHA-256 differs); retrain or restore both files");
        }
        List<String> features = new ArrayList<>();
        card.path("features").forEach(f -> features.add(f.path("id").asText()));
        if (!features.equals(Feature.ids())) {
            throw new BadInputException(cardFile + ": the model was trained on other features than this mlgate computes; retrain it");
        }
        Model<?> m;
        try {
            m = Model.deserializeFromStream(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(modelFile + ": not a readable Tribuo model: " + e.getMessage());
        }
        if (!m.validate(Label.class)) {
            throw new BadInputException(modelFile + ": not a classification model");
        }
        @SuppressWarnings("unchecked")
        Model<Label> labels = (Model<Label>) m;
        double[] reference = new double[Feature.values().length];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = card.path("features").path(i).path("reference").asDouble();
        }
        Family family = Family.valueOf(ModelCard.text(card, "family").toUpperCase(java.util.Locale.ROOT));
        return new Loaded(new RiskModel(labels, family, calibration(card.path("calibration")), card.path("decision_threshold").asDouble(), reference), card);
    }
}
