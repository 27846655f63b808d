package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.io.AtomicFiles;
import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.ReplayState;
import io.mlgate.engine.io.JsonText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A saved risk model is a directory with {@code model.tribuo} (the Tribuo model as protobuf), {@code model-card.json}
 * (which carries the calibration, threshold and reference values, and the model file's SHA-256), and when train
 * could make them {@code scorer.bin} (the same model in plain Java; older models have {@code scorer.json}) and {@code replay-state.txt} (where the replay
 * of the training history stood), each with its SHA-256 in the card. All are written atomically, the card last;
 * loading checks the fingerprints and the features (a model trained before features were added reads the first ones,
 * which it was trained on, and is blind to the rest).
 */
public final class ModelFiles {
    public static final String MODEL = "model.tribuo";
    public static final String CARD = "model-card.json";
    /** The plain-Java scorer's file (binary, {@link ScorerBinary}). */
    public static final String SCORER = "scorer.bin";
    /** Where models trained before the binary file keep their plain-Java scorer (JSON, {@link ScorerJson}). */
    public static final String SCORER_JSON = "scorer.json";
    public static final String REPLAY = "replay-state.txt";

    /**
     * A loaded model, its card, and the state of the training history's replay when the model directory has one
     * ({@value #REPLAY}; {@code predict} then replays only the builds recorded since).
     */
    public record Loaded(RiskModel model, JsonNode card, Optional<ReplayState> replay) {
    }

    private ModelFiles() {
    }

    /** Serializes the model; the bytes to write and fingerprint. */
    public static byte[] bytes(RiskModel model) {
        return TribuoScorer.bytes(model.tribuo());
    }

    /**
     * The model's plain-Java scorer ({@value #SCORER}), when it reproduces the Tribuo model's scores on the
     * training builds: {@code predict} then loads neither Tribuo nor XGBoost's native library.
     */
    public record PlainScorer(byte[] bytes, String kind, double maxDifference, Scorer scorer) {
        /** The trained model scored by this plain-Java scorer instead of Tribuo: same calibration and calls. */
        public RiskModel scoring(RiskModel trained) {
            return trained.withScorer(scorer);
        }

        /** Records the scorer in the card: file, kind, SHA-256 and the largest difference from Tribuo seen. */
        public void describe(ObjectNode card) {
            ObjectNode o = card.putObject("scorer");
            o.put("file", SCORER);
            o.put("kind", kind);
            o.put("sha256", Fingerprints.sha256(bytes));
            FileCheck.describe(o, bytes);
            o.put("max_difference_on_training_builds", maxDifference);
        }
    }

    /** Compiles the trained model into its plain-Java scorer, checked against Tribuo on {@code rows}. */
    public static Optional<PlainScorer> plainScorer(RiskModel model, List<BuildFeatures> rows) {
        if (!(model.scorer() instanceof TribuoScorer t)) {
            return Optional.empty();
        }
        List<double[]> values = new ArrayList<>(rows.size());
        rows.forEach(r -> values.add(r.modelValues()));
        return t.compile(model.family(), values).map(c -> new PlainScorer(ScorerBinary.write(c.scorer()), c.kind(),
                c.maxDifference(), c.scorer()));
    }

    public static void save(Path dir, byte[] modelBytes, ObjectNode card) {
        save(dir, modelBytes, Optional.empty(), Optional.empty(), card);
    }

    /** Writes the model file, the plain-Java scorer when there is one (its card entry must describe it), the card. */
    public static void save(Path dir, byte[] modelBytes, Optional<PlainScorer> scorer, ObjectNode card) {
        save(dir, modelBytes, scorer, Optional.empty(), card);
    }

    /**
     * Records the replay state in the card ({@code replay_state}: file, SHA-256, the builds replayed and the last of
     * them); returns the bytes to save.
     */
    public static byte[] describeReplay(ObjectNode card, ReplayState state) {
        byte[] bytes = state.bytes();
        ObjectNode o = card.putObject("replay_state");
        o.put("file", REPLAY);
        o.put("sha256", Fingerprints.sha256(bytes));
        FileCheck.describe(o, bytes);
        o.put("builds", state.builds());
        o.put("last_build", state.lastBuild());
        return bytes;
    }

    /**
     * Writes the model file, the plain-Java scorer and the replay state when there are (their card entries must
     * describe them), then the card.
     */
    public static void save(Path dir, byte[] modelBytes, Optional<PlainScorer> scorer, Optional<byte[]> replay,
                            ObjectNode card) {
        AtomicFiles.write(dir.resolve(MODEL), modelBytes);
        scorer.ifPresent(s -> AtomicFiles.write(dir.resolve(SCORER), s.bytes()));
        replay.ifPresent(r -> AtomicFiles.write(dir.resolve(REPLAY), r));
        AtomicFiles.writeString(dir.resolve(CARD), JsonText.pretty(card) + "\n");
    }

    /**
     * The bytes of a file the card names, checked against its entry: by length and CRC-32C where the entry has them
     * ({@link FileCheck}), else by its SHA-256.
     */
    private static byte[] named(Path file, JsonNode entry, String what) {
        if (!FileCheck.described(entry)) {
            return named(file, entry.path("sha256").asText(), what);
        }
        byte[] bytes = read(file, what);
        if (!FileCheck.matches(entry, bytes)) {
            throw new BadInputException(file + ": does not match its model card (length or CRC-32C differs); retrain "
                    + "or restore both files");
        }
        return bytes;
    }

    /** The bytes of a file the card names, checked against the SHA-256 the card gives it. */
    private static byte[] named(Path file, String sha256, String what) {
        byte[] bytes = read(file, what);
        if (!Fingerprints.sha256(bytes).equals(sha256)) {
            throw new BadInputException(file + ": does not match its model card (SHA-256 differs); retrain or restore both files");
        }
        return bytes;
    }

    private static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": the model card names this " + what + " but it cannot be read ("
                    + e.getMessage() + "); retrain or restore the model directory");
        }
    }

    private static ReplayState replayState(Path dir, JsonNode entry) {
        Path file = dir.resolve(REPLAY);
        byte[] bytes = named(file, entry, "replay state");
        try {
            return ReplayState.parse(bytes);
        } catch (RuntimeException e) {
            throw new BadInputException(file + ": not a readable replay state: " + e.getMessage());
        }
    }

    /** The plain-Java scorer the card names, of a model trained on the first {@code features} features. */
    private static Scorer plainScorer(Path dir, JsonNode entry, int features) {
        String name = entry.path("file").asText(SCORER_JSON);
        if (!name.equals(SCORER) && !name.equals(SCORER_JSON)) {
            throw new BadInputException(dir.resolve(CARD) + ": unknown plain-Java scorer file '" + name + "' (expected "
                    + SCORER + " or " + SCORER_JSON + ")");
        }
        Path file = dir.resolve(name);
        byte[] bytes = named(file, entry, "plain-Java scorer");
        try {
            return name.equals(SCORER) ? ScorerBinary.read(bytes, features) : ScorerJson.read(bytes, features);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": not a readable scorer: " + e.getMessage());
        }
    }

    /**
     * The card's calibration: grouped by the feature {@code grouped_by} names (cards since 2026-11-23, 22:20 UTC), by the
     * previous outcome ({@code after_passing}, {@code after_broken}: cards before), or one Platt scaling (cards
     * written before calibration by previous outcome).
     */
    static Calibration calibration(JsonNode cal, Path cardFile) {
        if (cal.has("grouped_by")) {
            String by = cal.path("grouped_by").asText();
            Feature f = Calibration.GROUPINGS.stream().filter(g -> g.id().equals(by)).findFirst()
                    .orElseThrow(() -> new BadInputException(cardFile + ": calibration.grouped_by '" + by
                            + "' is not one of " + Calibration.GROUPINGS.stream().map(Feature::id).toList()
                            + " (a newer mlgate's model? retrain it)"));
            return new Calibration(f, platt(cal.path("passing")), platt(cal.path("broken")));
        }
        if (cal.has("after_broken")) {
            return new Calibration(Feature.PREVIOUS_BUILD_BROKEN, platt(cal.path("after_passing")),
                    platt(cal.path("after_broken")));
        }
        return Calibration.single(platt(cal));
    }

    private static Platt platt(JsonNode n) {
        return new Platt(n.path("a").asDouble(), n.path("b").asDouble());
    }

    /**
     * The model card of a model directory, without loading the model.
     *
     * @throws BadInputException when it is missing, unreadable or not a build-risk model card
     */
    public static JsonNode card(Path dir) {
        Path cardFile = dir.resolve(CARD);
        JsonNode card;
        try {
            card = JsonText.read(Files.readAllBytes(cardFile));
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
        return card;
    }

    /** The id of the last build a card's model was trained on (empty when the card names none). */
    public static String lastTrainingBuild(JsonNode card) {
        return card.path("training").path("last_build").asText("");
    }

    /** The decision rule a card names; cards from before the rule was recorded decided by the threshold. */
    public static DecisionRule decisionRule(JsonNode card, Path cardFile) {
        String rule = card.path("decision_rule").asText(DecisionRule.THRESHOLD.id());
        return DecisionRule.parse(rule).orElseThrow(() -> new BadInputException(cardFile
                + ": decision_rule '" + rule + "' is not one of " + java.util.Arrays.stream(DecisionRule.values())
                .map(DecisionRule::id).collect(java.util.stream.Collectors.joining(", "))));
    }

    /**
     * Loads a model directory. The files a prediction reads are checked against the card: the plain-Java scorer and
     * the replay state when the card names them, else the Tribuo model file (which, beside a plain scorer, only has
     * to exist: predicting does not read it).
     */
    public static Loaded load(Path dir) {
        Path cardFile = dir.resolve(CARD);
        Path modelFile = dir.resolve(MODEL);
        JsonNode card = card(dir);
        if (!Files.isRegularFile(modelFile)) {
            throw new BadInputException(dir + ": not a build-risk model directory: " + modelFile + " is missing "
                    + "(train one with 'mlgate buildrisk train')");
        }
        List<String> features = new ArrayList<>();
        card.path("features").forEach(f -> features.add(f.path("id").asText()));
        // a model trained before features were added reads the ones it knows: new features come after the others
        if (features.isEmpty() || features.size() > Feature.values().length
                || !features.equals(Feature.ids().subList(0, features.size()))) {
            throw new BadInputException(cardFile + ": the model was trained on other features than this mlgate computes; retrain it");
        }
        double[] reference = new double[Feature.values().length];
        for (int i = 0; i < features.size(); i++) {
            reference[i] = card.path("features").path(i).path("reference").asDouble();
        }
        Family family = Family.valueOf(ModelCard.text(card, "family").toUpperCase(java.util.Locale.ROOT));
        Scorer scorer = card.path("scorer").has("sha256") ? plainScorer(dir, card.path("scorer"), features.size())
                : TribuoScorer.read(named(modelFile, ModelCard.text(card, "model_sha256"), "model"), modelFile);
        Optional<ReplayState> replay = card.path("replay_state").has("sha256")
                ? Optional.of(replayState(dir, card.path("replay_state"))) : Optional.empty();
        DecisionRule decision = decisionRule(card, cardFile);
        return new Loaded(new RiskModel(scorer, family, calibration(card.path("calibration"), cardFile),
                card.path("decision_threshold").asDouble(), decision, reference), card, replay);
    }
}
