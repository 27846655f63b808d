package io.mlgate.engine.modeltest.predict;

import java.util.List;
import java.util.Objects;

/**
 * Predicted classes, and scores when the model gives them.
 *
 * @param classes       the model's classes; score column k belongs to class k
 * @param predicted     index of the predicted class of each row
 * @param scores        row-major {@code n x K} scores, or {@code null}
 * @param probabilities whether the scores are probabilities
 */
public record ClassPredictions(List<String> classes, int[] predicted, double[] scores, boolean probabilities)
        implements ModelOutput {
    public ClassPredictions {
        classes = List.copyOf(classes);
        Objects.requireNonNull(predicted, "predicted");
        if (scores != null && scores.length != predicted.length * classes.size()) {
            throw new IllegalArgumentException("scores must hold n x K values");
        }
    }

    @Override
    public int size() {
        return predicted.length;
    }
}
