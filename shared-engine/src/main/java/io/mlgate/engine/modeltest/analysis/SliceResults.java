package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.modeltest.metrics.MetricId;

import java.util.List;
import java.util.Map;

/**
 * Metrics per slice.
 *
 * @param metric   the metric slices are shown and ranked by
 * @param minRows  slices with fewer rows are not ranked or judged
 * @param slices   the configured slices, in column and value order
 * @param weakest  the weakest slices found by the search (and among the configured ones), worst first
 */
public record SliceResults(MetricId metric, int minRows, List<Slice> slices, List<Slice> weakest) {
    public SliceResults {
        slices = List.copyOf(slices);
        weakest = List.copyOf(weakest);
    }

    /** One slice: its column, a description ({@code city = oslo}, {@code temp in [0, 10)}), rows and every metric. */
    public record Slice(String column, String description, int rows, Map<MetricId, Double> values) {
        public Slice {
            values = Map.copyOf(values);
        }

        public double value(MetricId id) {
            return values.getOrDefault(id, Double.NaN);
        }
    }
}
