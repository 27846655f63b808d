package io.mlgate.engine.validate.anomaly;

import java.util.List;

/** How a metric's current value is compared with its history. */
public enum AnomalyMethod {
    /** current − previous, judged against min/max. */
    ABSOLUTE_CHANGE,
    /** (current − previous) / |previous|, judged against min/max. */
    RELATIVE_CHANGE,
    /** (current − mean) / stddev over the window, judged by |z| ≤ max. */
    Z_SCORE;

    /** The compared quantity, or NaN when history cannot say (e.g. too few points). */
    public double score(double current, List<Double> history) {
        double previous = history.get(history.size() - 1);
        return switch (this) {
            case ABSOLUTE_CHANGE -> current - previous;
            case RELATIVE_CHANGE -> previous == 0 ? (current == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, current))
                    : (current - previous) / Math.abs(previous);
            case Z_SCORE -> zScore(current, history);
        };
    }

    private static double zScore(double current, List<Double> history) {
        double mean = history.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ss = history.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double sd = history.size() > 1 ? Math.sqrt(ss / (history.size() - 1)) : 0;
        if (sd == 0) {
            return current == mean ? 0 : Math.copySign(Double.POSITIVE_INFINITY, current - mean);
        }
        return (current - mean) / sd;
    }
}
