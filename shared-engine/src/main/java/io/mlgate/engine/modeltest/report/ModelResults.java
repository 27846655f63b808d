package io.mlgate.engine.modeltest.report;

import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.modeltest.metrics.Curves;
import io.mlgate.engine.modeltest.metrics.MetricValue;
import io.mlgate.engine.modeltest.stats.Bootstrap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the model section shows.
 *
 * @param model         the model under test, in words
 * @param baseline      the baseline (champion), if one was given
 * @param rows          test rows
 * @param classes       classes (classification), else empty
 * @param positiveClass the positive class of two-class metrics, if any
 * @param metrics       the model's metrics with intervals
 * @param baselineMetrics the baseline's metrics (same order), empty without a baseline
 * @param differences   model minus baseline with paired intervals (same order), empty without a baseline
 * @param confusion     confusion matrix counts {@code [true][predicted]}, empty for regression
 * @param curves        ROC and PR curves per class (the positive class only with two classes)
 * @param calibration   calibration bins, empty without probabilities
 * @param notes         metrics that could not be measured, and why
 * @param predictMillis time spent predicting the test rows
 */
public record ModelResults(ModelTask task, String model, Optional<String> baseline, int rows, List<String> classes,
                           Optional<String> positiveClass, Bootstrap bootstrap, List<MetricValue> metrics,
                           List<MetricValue> baselineMetrics, List<MetricValue> differences, double[][] confusion,
                           List<ClassCurves> curves, List<Curves.CalibrationBin> calibration, List<String> notes,
                           long predictMillis) {
    public ModelResults {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(model, "model");
        classes = List.copyOf(classes);
        metrics = List.copyOf(metrics);
        baselineMetrics = List.copyOf(baselineMetrics);
        differences = List.copyOf(differences);
        curves = List.copyOf(curves);
        calibration = List.copyOf(calibration);
        notes = List.copyOf(notes);
    }

    /** Rows predicted per second. */
    public double rowsPerSecond() {
        return predictMillis <= 0 ? Double.NaN : rows * 1000.0 / predictMillis;
    }
}
