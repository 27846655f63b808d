package io.mlgate.engine.modeltest.policy;

import java.util.Locale;

/** Group-fairness metrics over the groups of one sensitive column. */
public enum FairnessMetric {
    /** Largest minus smallest selection rate (share of rows predicted the favourable class). */
    DEMOGRAPHIC_PARITY_DIFFERENCE,
    /** Smallest over largest selection rate; 1 is parity. */
    DEMOGRAPHIC_PARITY_RATIO,
    /** The larger of the spreads (max - min) of true positive rates and of false positive rates. */
    EQUALIZED_ODDS_DIFFERENCE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a higher value is fairer. */
    public boolean higherIsBetter() {
        return this == DEMOGRAPHIC_PARITY_RATIO;
    }
}
