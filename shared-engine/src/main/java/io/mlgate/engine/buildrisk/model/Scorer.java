package io.mlgate.engine.buildrisk.model;

/**
 * The model's uncalibrated score for "broken" from the values the model sees (in {@code Feature} order, after
 * {@code log(1 + x)} where the feature says so).
 */
public interface Scorer {
    double score(double[] modelValues);

    /** Scores of many rows; implementations may batch. */
    default double[] scores(java.util.List<double[]> rows) {
        double[] s = new double[rows.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = score(rows.get(i));
        }
        return s;
    }
}
