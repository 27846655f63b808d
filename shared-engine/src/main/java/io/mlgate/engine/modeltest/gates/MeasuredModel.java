package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.modeltest.metrics.Evaluation;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.metrics.MetricValue;
import io.mlgate.engine.modeltest.stats.Bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One model's measured metrics on the test data: point values and bootstrap resamples, paired with any other model
 * measured in the same bootstrap run.
 *
 * @param name       the model, in words
 * @param evaluation its metric groups (and outcomes)
 * @param point      point values in {@code evaluation.ids()} order
 * @param samples    {@code samples[m][r]}: metric m in resample r; zero-length rows when no bootstrap ran
 */
public record MeasuredModel(String name, Evaluation evaluation, double[] point, double[][] samples) {
    public MeasuredModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evaluation, "evaluation");
        if (point.length != evaluation.ids().size() || samples.length != point.length) {
            throw new IllegalArgumentException("one point value and one sample row per metric");
        }
    }

    public int index(MetricId id) {
        return evaluation.indexOf(id);
    }

    public boolean has(MetricId id) {
        return index(id) >= 0;
    }

    public double value(MetricId id) {
        return point[index(id)];
    }

    public double[] samples(MetricId id) {
        return samples[index(id)];
    }

    public boolean hasSamples() {
        return samples.length > 0 && samples[0].length > 0;
    }

    /** Every metric with its interval (NaN ends when no bootstrap ran). */
    public List<MetricValue> values(Bootstrap bootstrap) {
        List<MetricValue> out = new ArrayList<>();
        for (int m = 0; m < point.length; m++) {
            double[] ci = hasSamples() ? bootstrap.interval(samples[m]) : new double[]{Double.NaN, Double.NaN};
            out.add(new MetricValue(evaluation.ids().get(m), point[m], ci[0], ci[1]));
        }
        return out;
    }
}
