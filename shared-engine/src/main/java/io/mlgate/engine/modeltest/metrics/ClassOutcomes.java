package io.mlgate.engine.modeltest.metrics;

import io.mlgate.engine.model.ModelTask;

import java.util.List;
import java.util.Objects;

/**
 * Classification outcomes. Classes are indices into {@code classes}.
 *
 * @param classes       class names; score column k belongs to class k
 * @param truth         true class of each row
 * @param predicted     predicted class of each row
 * @param scores        row-major {@code n x K} scores, or {@code null} when the model gives only labels
 * @param probabilities whether the scores are probabilities (rows sum to 1), so log loss, Brier and ECE apply
 * @param positive      the positive class for binary metrics (two classes), -1 otherwise
 */
public record ClassOutcomes(List<String> classes, int[] truth, int[] predicted, double[] scores,
                            boolean probabilities, int positive) implements Outcomes {
    public ClassOutcomes {
        classes = List.copyOf(classes);
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predicted, "predicted");
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth and predictions differ in length");
        }
        if (scores != null && scores.length != truth.length * classes.size()) {
            throw new IllegalArgumentException("scores must hold n x K values");
        }
        if (scores == null && probabilities) {
            throw new IllegalArgumentException("probabilities need scores");
        }
        if (positive >= classes.size() || (positive >= 0 && classes.size() != 2)) {
            throw new IllegalArgumentException("a positive class applies to two classes only");
        }
    }

    @Override
    public int size() {
        return truth.length;
    }

    @Override
    public ModelTask task() {
        return ModelTask.CLASSIFICATION;
    }

    public int classCount() {
        return classes.size();
    }

    public double score(int row, int cls) {
        return scores[row * classes.size() + cls];
    }

    public boolean binary() {
        return positive >= 0;
    }

    /** Row indices by descending score of class {@code cls}, ties in row order. */
    public int[] descendingOrder(int cls) {
        return ScoreOrder.of(this, cls).rows();
    }

    @Override
    public ClassOutcomes reorder(int[] order) {
        int n = order.length;
        int k = classes.size();
        int[] t = new int[n];
        int[] p = new int[n];
        double[] s = scores == null ? null : new double[n * k];
        for (int i = 0; i < n; i++) {
            t[i] = truth[order[i]];
            p[i] = predicted[order[i]];
            if (s != null) {
                System.arraycopy(scores, order[i] * k, s, i * k, k);
            }
        }
        return new ClassOutcomes(classes, t, p, s, probabilities, positive);
    }
}
