package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.Feature;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.ReplayState;
import io.mlgate.engine.io.Fingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Train, save, load: the same probabilities; the same seed: the same model. */
class ModelRoundTripTest {
    @TempDir
    Path dir;
    static final List<BuildFeatures> ROWS = SyntheticRows.rows(240, 1, 0);

    private static TrainingOutcome train(Family f, long seed) {
        return new ModelTrainer(Progress.SILENT).train(ROWS, ModelSettings.defaults().withFamilies(List.of(f)).withSeed(seed));
    }

    private static ObjectNode card(TrainingOutcome t, byte[] bytes) {
        return ModelCard.of(t, ModelSettings.defaults(), new ModelCard.TrainingData("h.csv", "sha256:x", "repo", "", ROWS.size(),
                3, "1", "240", 0), ModelFiles.MODEL, Fingerprints.sha256(bytes), Instant.EPOCH);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void savedAndLoadedModelGivesTheSameProbabilities(Family family) {
        TrainingOutcome t = train(family, 42);
        byte[] bytes = ModelFiles.bytes(t.model());
        ModelFiles.save(dir, bytes, card(t, bytes));
        ModelFiles.Loaded loaded = ModelFiles.load(dir);
        assertThat(loaded.model().family()).isEqualTo(family);
        assertThat(loaded.model().threshold()).isEqualTo(t.model().threshold());
        assertThat(loaded.model().reference()).containsExactly(t.model().reference());
        assertThat(loaded.model().probabilities(ROWS)).containsExactly(t.model().probabilities(ROWS));
        assertThat(loaded.card().path("features")).hasSize(Feature.values().length);
        assertThat(loaded.card().path("validation").has(family.id())).isTrue();
        assertThat(loaded.model().decision()).isEqualTo(t.model().decision());
        ObjectNode older = card(t, bytes);
        older.remove("decision_rule");
        ModelFiles.save(dir, bytes, older);
        assertThat(ModelFiles.load(dir).model().decision()).as("a card from before the rule was recorded")
                .isEqualTo(DecisionRule.THRESHOLD);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void thePlainJavaScorerGivesTribuosProbabilitiesWithoutTribuo(Family family) throws Exception {
        TrainingOutcome t = train(family, 42);
        byte[] bytes = ModelFiles.bytes(t.model());
        ObjectNode card = card(t, bytes);
        var plain = ModelFiles.plainScorer(t.model(), ROWS);
        assertThat(plain).as("compiled and checked against Tribuo").isPresent();
        plain.get().describe(card);
        ModelFiles.save(dir, bytes, plain, card);
        ModelFiles.Loaded loaded = ModelFiles.load(dir);
        assertThat(loaded.model().plainJava()).isTrue();
        assertThat(loaded.card().path("scorer").path("kind").asText())
                .isEqualTo(switch (family) {
                    case LOGISTIC -> "average of 5 linear";
                    case XGBOOST -> "average of 5 trees";
                    case BOTH -> "average of 5 linear and 5 trees";
                });
        assertThat(loaded.card().path("settings").path("seeds_averaged").asInt()).isEqualTo(5);
        double[] expected = t.model().probabilities(ROWS);
        double[] got = loaded.model().probabilities(ROWS);
        for (int i = 0; i < expected.length; i++) {
            assertThat(got[i]).isCloseTo(expected[i], org.assertj.core.api.Assertions.within(1e-6));
        }
        // beside a plain scorer the Tribuo file is not read (predicting does not need it), but it must be there
        Files.write(dir.resolve(ModelFiles.MODEL), new byte[]{1, 2, 3});
        assertThat(ModelFiles.load(dir).model().probabilities(ROWS)).containsExactly(got);
        Files.delete(dir.resolve(ModelFiles.MODEL));
        assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("model.tribuo is missing");
        Files.write(dir.resolve(ModelFiles.MODEL), bytes);
        // a model trained before scorer.bin keeps its scorer as JSON; it still loads (models of both families
        // averaged came after scorer.bin: none has one)
        if (family != Family.BOTH) {
            Files.delete(dir.resolve(ModelFiles.SCORER));
            byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(loadedScorerJson(family, t));
            ObjectNode old = card.deepCopy();
            ((ObjectNode) old.path("scorer")).put("file", ModelFiles.SCORER_JSON).put("sha256", Fingerprints.sha256(json))
                    .remove(java.util.List.of("bytes", "crc32c")); // checked by SHA-256 then
            Files.write(dir.resolve(ModelFiles.SCORER_JSON), json);
            ModelFiles.save(dir, bytes, old);
            assertThat(ModelFiles.load(dir).model().probabilities(ROWS)).containsExactly(got);
        }
        // a scorer file that does not match the card is refused, like a model file
        ModelFiles.save(dir, bytes, java.util.Optional.of(new ModelFiles.PlainScorer("{}".getBytes(), "linear", 0, new LinearScorer(0, new double[0]))), card);
        assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("scorer.bin: does not match its model card");
        ((ObjectNode) card.path("scorer")).put("file", "../elsewhere.json");
        ModelFiles.save(dir, bytes, card);
        assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown plain-Java scorer file '../elsewhere.json'");
    }

    /**
     * A model trained before the last feature was added (its card lists the features before it, its scorer has one
     * weight fewer) loads and scores as the same model with a zero weight for the new feature; a card whose features
     * are not the first ones this mlgate computes, or a scorer that does not fit its card, is refused.
     */
    @Test
    void aModelTrainedBeforeAFeatureWasAddedStillLoadsAndDoesNotReadIt() throws Exception {
        TrainingOutcome t = train(Family.LOGISTIC, 42);
        byte[] bytes = ModelFiles.bytes(t.model());
        int older = Feature.values().length - 1;
        java.util.Random r = new java.util.Random(4);
        double[] w = new double[older];
        for (int i = 0; i < older; i++) {
            w[i] = r.nextGaussian() * 0.3;
        }
        double[] withZero = java.util.Arrays.copyOf(w, older + 1);
        double[] withWeight = withZero.clone();
        withWeight[older] = 0.8;
        double[] before = probabilities(t, bytes, w, older);
        assertThat(probabilities(t, bytes, withZero, older + 1)).containsExactly(before);
        assertThat(probabilities(t, bytes, withWeight, older + 1)).as("the rows vary the new feature")
                .isNotEqualTo(before);
        assertThatThrownBy(() -> probabilities(t, bytes, withZero, older)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("scorer.bin: not a readable scorer: expected " + older + " weights, found "
                        + (older + 1));
        ObjectNode swapped = card(t, bytes);
        com.fasterxml.jackson.databind.node.ArrayNode f = (com.fasterxml.jackson.databind.node.ArrayNode) swapped.path("features");
        com.fasterxml.jackson.databind.JsonNode first = f.remove(0);
        f.insert(1, first);
        ModelFiles.save(dir, bytes, swapped);
        assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("the model was trained on other features than this mlgate computes; retrain it");
    }

    /** ROWS' probabilities from a linear scorer of {@code weights}, saved with a card listing the first {@code features}. */
    private double[] probabilities(TrainingOutcome t, byte[] bytes, double[] weights, int features) {
        ObjectNode card = card(t, bytes);
        com.fasterxml.jackson.databind.node.ArrayNode f = (com.fasterxml.jackson.databind.node.ArrayNode) card.path("features");
        while (f.size() > features) {
            f.remove(f.size() - 1);
        }
        LinearScorer scorer = new LinearScorer(-1.5, weights);
        var plain = new ModelFiles.PlainScorer(ScorerBinary.write(scorer), "linear", 0, scorer);
        plain.describe(card);
        ModelFiles.save(dir, bytes, java.util.Optional.of(plain), card);
        // the newest feature, the related-outcome rule's call, is 1 on every other row
        List<BuildFeatures> varied = new java.util.ArrayList<>();
        for (int i = 0; i < ROWS.size(); i++) {
            BuildFeatures r = ROWS.get(i);
            varied.add(new BuildFeatures(r.build(), r.raw(), r.change(), r.overlap(), r.previous(), r.author(),
                    io.mlgate.engine.buildrisk.history.RelatedCall.baseline(i % 2 == 0)));
        }
        return ModelFiles.load(dir).model().probabilities(varied);
    }

    /** The scorer as the JSON that models trained before scorer.bin carry. */
    private static com.fasterxml.jackson.databind.JsonNode loadedScorerJson(Family family, TrainingOutcome t) {
        AverageScorer avg = (AverageScorer) ModelFiles.plainScorer(t.model(), ROWS).map(p -> ScorerBinary.read(p.bytes(),
                Feature.values().length)).orElseThrow();
        assertThat(avg.members()).allMatch(m -> m instanceof LinearScorer == (family == Family.LOGISTIC));
        return LegacyScorerJson.of(avg);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void theSameSeedTrainsTheSameModelAndTheModelLearnsTheRule(Family family) {
        TrainingOutcome a = train(family, 7);
        TrainingOutcome b = train(family, 7);
        assertThat(a.model().probabilities(ROWS)).containsExactly(b.model().probabilities(ROWS));
        assertThat(a.validation().get(family).auc()).isGreaterThan(0.95);
    }

    @Test
    void autoChoosesTheFamilyWithTheBetterValidationAuc() {
        TrainingOutcome t = new ModelTrainer(Progress.SILENT).train(ROWS, ModelSettings.defaults());
        double chosen = t.validation().get(t.chosen()).auc();
        assertThat(t.validation().values()).allSatisfy(m -> assertThat(m.auc()).isLessThanOrEqualTo(chosen));
        assertThat(t.fitBuilds() + t.validationBuilds()).isEqualTo(240);
        assertThat(t.validationBuilds()).as("4 of 5 parts of 48 builds").isEqualTo(192);
    }

    @Test
    void aModelFileThatDoesNotMatchItsCardIsRejected() throws Exception {
        TrainingOutcome t = train(Family.LOGISTIC, 42);
        byte[] bytes = ModelFiles.bytes(t.model());
        ModelFiles.save(dir, bytes, card(t, bytes));
        Files.write(dir.resolve(ModelFiles.MODEL), new byte[]{1, 2, 3});
        assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("does not match its model card");
        assertThatThrownBy(() -> ModelFiles.load(dir.resolve("none"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a build-risk model directory");
    }

    @Test
    void theReplayStateIsSavedWithItsFingerprintAndCheckedOnLoad() throws Exception {
        TrainingOutcome t = train(Family.LOGISTIC, 42);
        byte[] bytes = ModelFiles.bytes(t.model());
        ObjectNode card = card(t, bytes);
        ModelFiles.save(dir, bytes, card);
        assertThat(ModelFiles.load(dir).replay()).as("a model without one replays the whole history").isEmpty();
        ReplayState state = ReplayState.parse(("mlgate-buildrisk-replay-state/1\nbuilds\t2\nlast_build\t7\n"
                + "history_sha256\tab\nfrontier\nmissing\nall\t7\tFAILED\t100\t0\t1\t\t1\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] saved = ModelFiles.describeReplay(card, state);
        ModelFiles.save(dir, bytes, java.util.Optional.empty(), java.util.Optional.of(saved), card);
        assertThat(card.path("replay_state").path("builds").asInt()).isEqualTo(2);
        assertThat(card.path("replay_state").path("last_build").asText()).isEqualTo("7");
        assertThat(ModelFiles.load(dir).replay()).get().extracting(ReplayState::builds).isEqualTo(2);
        assertThat(card.path("replay_state").path("bytes").asInt()).isEqualTo(saved.length);
        // one byte changed, the length kept: the CRC-32C tells
        byte[] changed = saved.clone();
        changed[changed.length - 2] ^= 1;
        Files.write(dir.resolve(ModelFiles.REPLAY), changed);
        assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("replay-state.txt: does not match its model card (length or CRC-32C differs)");
        // a card from before the length and CRC-32C: checked by its SHA-256
        ObjectNode older = card.deepCopy();
        ((ObjectNode) older.path("replay_state")).remove(List.of("bytes", "crc32c"));
        ModelFiles.save(dir, bytes, java.util.Optional.empty(), java.util.Optional.of(saved), older);
        assertThat(ModelFiles.load(dir).replay()).get().extracting(ReplayState::builds).isEqualTo(2);
        Files.write(dir.resolve(ModelFiles.REPLAY), changed);
        assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("replay-state.txt: does not match its model card (SHA-256 differs)");
        Files.write(dir.resolve(ModelFiles.REPLAY), new byte[]{1, 2, 3});
        assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("replay-state.txt: does not match its model card");
        Files.delete(dir.resolve(ModelFiles.REPLAY));
        assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("the model card names this replay state but it cannot be read");
    }

    @Test
    void tooFewBrokenBuildsIsBadInput() {
        List<BuildFeatures> allPass = SyntheticRows.rows(40, 3, 0).stream()
                .filter(r -> !r.broken()).toList();
        assertThatThrownBy(() -> new ModelTrainer(Progress.SILENT).train(allPass, ModelSettings.defaults()))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("too few builds to train on");
    }
}
