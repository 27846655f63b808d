package io.mlgate.engine.modeltest.metrics;

import io.mlgate.engine.model.ModelTask;

import java.util.Objects;

/** Regression outcomes: the true and the predicted value of each row. */
public record RegressionOutcomes(double[] truth, double[] predicted) implements Outcomes {
    public RegressionOutcomes {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predicted, "predicted");
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth and predictions differ in length");
        }
    }

    @Override
    public int size() {
        return truth.length;
    }

    @Override
    public ModelTask task() {
        return ModelTask.REGRESSION;
    }

    @Override
    public RegressionOutcomes reorder(int[] order) {
        double[] t = new double[order.length];
        double[] p = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            t[i] = truth[order[i]];
            p[i] = predicted[order[i]];
        }
        return new RegressionOutcomes(t, p);
    }
}
