package io.mlgate.engine.buildrisk.model;

import java.util.Locale;

/** The model families {@code train} chooses between. */
public enum Family {
    /** Logistic regression on standardized features (Tribuo linear SGD, AdaGrad). */
    LOGISTIC,
    /** Gradient-boosted trees (Tribuo XGBoost). */
    XGBOOST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
