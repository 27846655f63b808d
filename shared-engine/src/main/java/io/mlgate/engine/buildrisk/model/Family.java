package io.mlgate.engine.buildrisk.model;

import java.util.Locale;

/** The model families {@code train} fits (one, or the better of two on validation, or both averaged). */
public enum Family {
    /** Logistic regression on standardized features (Tribuo linear SGD, AdaGrad). */
    LOGISTIC,
    /** Gradient-boosted trees (Tribuo XGBoost). */
    XGBOOST,
    /**
     * Both of the above, their probabilities averaged: each family's seed ensemble fitted, and all their members
     * averaged with equal weights (as many of each), before the calibration. On 38 real projects its median test ROC
     * AUC beat choosing one family on validation (docs/buildrisk-measured.md, "Which family").
     */
    BOTH;

    /** The single families {@link #BOTH} stands for. */
    static final java.util.List<Family> SINGLE = java.util.List.of(LOGISTIC, XGBOOST);

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
