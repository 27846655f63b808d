package io.mlgate.engine.model;

/**
 * How table columns become model feature names: a numeric column {@code temp} is the feature {@code temp}; a text
 * column {@code city} becomes one indicator feature per value, {@code city=Paris} (one-hot). Missing values
 * produce no feature (Tribuo's sparse examples), so a missing number and an unseen category are both absent.
 */
public final class FeatureNames {
    /** Separates column and value in an indicator feature name. */
    public static final char SEPARATOR = '=';

    private FeatureNames() {
    }

    public static String indicator(String column, String value) {
        return column + SEPARATOR + value;
    }

    /** Indicator names of every level of {@code c}, in level order. */
    public static String[] indicators(CategoricalColumn c) {
        String[] out = new String[c.levels().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = indicator(c.name(), c.levels().get(i));
        }
        return out;
    }
}
