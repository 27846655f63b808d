package io.mlgate.engine.modeltest.metrics;

import io.mlgate.engine.model.ModelTask;

import java.util.Locale;

/** Every metric a model test measures, with its task, whether higher is better, and what it needs. */
public enum MetricKind {
    ACCURACY(ModelTask.CLASSIFICATION, true, false),
    PRECISION(ModelTask.CLASSIFICATION, true, true),
    RECALL(ModelTask.CLASSIFICATION, true, true),
    F1(ModelTask.CLASSIFICATION, true, true),
    MACRO_PRECISION(ModelTask.CLASSIFICATION, true, false),
    MACRO_RECALL(ModelTask.CLASSIFICATION, true, false),
    MACRO_F1(ModelTask.CLASSIFICATION, true, false),
    WEIGHTED_PRECISION(ModelTask.CLASSIFICATION, true, false),
    WEIGHTED_RECALL(ModelTask.CLASSIFICATION, true, false),
    WEIGHTED_F1(ModelTask.CLASSIFICATION, true, false),
    ROC_AUC(ModelTask.CLASSIFICATION, true, false),
    PR_AUC(ModelTask.CLASSIFICATION, true, false),
    LOG_LOSS(ModelTask.CLASSIFICATION, false, false),
    BRIER(ModelTask.CLASSIFICATION, false, false),
    ECE(ModelTask.CLASSIFICATION, false, false),
    RMSE(ModelTask.REGRESSION, false, false),
    MAE(ModelTask.REGRESSION, false, false),
    R2(ModelTask.REGRESSION, true, false),
    MAPE(ModelTask.REGRESSION, false, false);

    private final ModelTask task;
    private final boolean higherIsBetter;
    private final boolean perClass;

    MetricKind(ModelTask task, boolean higherIsBetter, boolean perClass) {
        this.task = task;
        this.higherIsBetter = higherIsBetter;
        this.perClass = perClass;
    }

    public ModelTask task() {
        return task;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Whether the metric is measured once per class and needs a {@code class} to name one. */
    public boolean perClass() {
        return perClass;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code value - baseline} turned so that a positive number is always an improvement. */
    public double improvement(double value, double baseline) {
        return higherIsBetter ? value - baseline : baseline - value;
    }
}
