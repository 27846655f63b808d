package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.modeltest.policy.FairnessMetric;

import java.util.List;
import java.util.Map;

/**
 * Group fairness per sensitive column.
 *
 * @param favorable the class whose selection rate is compared
 * @param confidence confidence of the intervals
 */
public record FairnessResults(String favorable, double confidence, int minRows, List<Attribute> attributes) {
    public FairnessResults {
        attributes = List.copyOf(attributes);
    }

    /** One sensitive column: its groups and the fairness metrics with intervals. */
    public record Attribute(String column, List<Group> groups, Map<FairnessMetric, Value> metrics) {
        public Attribute {
            groups = List.copyOf(groups);
            metrics = Map.copyOf(metrics);
        }
    }

    /**
     * One group's rates.
     *
     * @param included whether it has enough rows to count in the differences
     */
    public record Group(String name, int rows, double selectionRate, double truePositiveRate,
                        double falsePositiveRate, double accuracy, boolean included) {
    }

    /** A value with its bootstrap interval (NaN ends when no bootstrap ran). */
    public record Value(double value, double lower, double upper) {
    }
}
