package io.mlgate.engine.train;

import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.modeltest.metrics.MetricValue;
import io.mlgate.engine.modeltest.stats.Bootstrap;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a trained model is and where it came from, written next to it as JSON ({@link ModelCardJson}).
 *
 * @param modelFile      the Tribuo model file, as given
 * @param modelSha256    its fingerprint
 * @param modelType      the Tribuo model class
 * @param features       feature columns and how they were encoded
 * @param classes        classes in the model's order (classification), else empty
 * @param trainer        trainer, every hyperparameter, seed
 * @param device         {@code cpu} or {@code cuda}
 * @param deviceNote     why that device
 * @param data           the training data and the split
 * @param bootstrap      how the held-out intervals were computed
 * @param holdoutMetrics metrics on the held-out rows, empty with no holdout
 * @param git            the working tree's git state
 * @param trainedAt      when training finished
 * @param trainMillis    how long the trainer ran
 * @param onnxFile       the ONNX export, if one was written
 */
public record ModelCard(String modelFile, String modelSha256, String modelType, ModelTask task, String label,
                        List<Feature> features, List<String> classes, TrainerSpec trainer, String device,
                        String deviceNote, Data data, Bootstrap bootstrap, List<MetricValue> holdoutMetrics, GitState git,
                        String engineVersion, String tribuoVersion, Instant trainedAt, long trainMillis,
                        Optional<String> onnxFile) {
    public static final String KIND = "mlgate-model-card";
    public static final String SCHEMA_VERSION = "1.0";

    public ModelCard {
        Objects.requireNonNull(modelFile, "modelFile");
        Objects.requireNonNull(task, "task");
        features = List.copyOf(features);
        classes = List.copyOf(classes);
        holdoutMetrics = List.copyOf(holdoutMetrics);
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(onnxFile, "onnxFile");
    }

    /**
     * A feature column: {@code number} (one feature, its value) or {@code category} ({@code indicators} one-hot
     * features {@code column=value}).
     */
    public record Feature(String column, String encoding, int indicators) {
    }

    /**
     * The training data.
     *
     * @param fingerprints   SHA-256 of each file read
     * @param excluded       columns left out of the features because a model cannot read their type
     */
    public record Data(String location, Map<String, String> fingerprints, int rows, int trainRows, int holdoutRows,
                       double holdout, long splitSeed, List<String> excluded) {
        public Data {
            fingerprints = Map.copyOf(fingerprints);
            excluded = List.copyOf(excluded);
        }
    }
}
