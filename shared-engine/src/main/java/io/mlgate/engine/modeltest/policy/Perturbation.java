package io.mlgate.engine.modeltest.policy;

import java.util.Locale;

/** Small changes to the test rows under which predictions should stay the same. */
public enum Perturbation {
    /** Gaussian noise on numeric features, scaled to each column's standard deviation. */
    NOISE,
    /** Category values swapped for another value of the same column, drawn by frequency. */
    SWAP,
    /** Feature values removed (missing). */
    MISSING;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
