package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.modeltest.metrics.MetricId;

import java.util.List;

/**
 * Permutation importance: how much the metric worsens when one feature column is shuffled, most important first.
 *
 * @param baseline the metric on the sample before shuffling
 */
public record ImportanceResults(MetricId metric, int rows, int repeats, double baseline, List<Feature> features) {
    public ImportanceResults {
        features = List.copyOf(features);
    }

    /** Mean and standard deviation over repeats of the worsening (positive: the model relies on the feature). */
    public record Feature(String column, double importance, double std) {
    }
}
