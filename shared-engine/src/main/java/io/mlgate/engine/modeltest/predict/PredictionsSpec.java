package io.mlgate.engine.modeltest.predict;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of a predictions file ({@code model.test.predictions}): the label column is the model section's
 * {@code label}; at least one of these names what the model said.
 *
 * @param predicted predicted label (classification) or value (regression)
 * @param score     probability of the positive class (two classes)
 * @param scores    class → column with that class's score (any number of classes)
 * @param threshold score at or above which the positive class is predicted, when there is no predicted column
 */
public record PredictionsSpec(Optional<String> predicted, Optional<String> score, Map<String, String> scores,
                              double threshold) {
    public static final double DEFAULT_THRESHOLD = 0.5;

    public PredictionsSpec {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(score, "score");
        scores = Map.copyOf(scores);
        if (predicted.isEmpty() && score.isEmpty() && scores.isEmpty()) {
            throw new IllegalArgumentException("a predictions file needs a predicted, score or scores column");
        }
        if (score.isPresent() && !scores.isEmpty()) {
            throw new IllegalArgumentException("give either score (two classes) or scores (one column per class)");
        }
    }
}
