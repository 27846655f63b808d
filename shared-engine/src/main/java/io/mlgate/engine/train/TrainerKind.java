package io.mlgate.engine.train;

import io.mlgate.engine.model.ModelTask;

import java.util.Locale;

/** The trainers mlgate configures; each names the Tribuo trainer it builds for each task. */
public enum TrainerKind {
    /** Multinomial logistic regression by SGD (Tribuo {@code LogisticRegressionTrainer}); classification only. */
    LOGISTIC_REGRESSION,
    /** A linear model by SGD with a chosen loss (Tribuo {@code LinearSGDTrainer}). */
    LINEAR_SGD,
    /** One CART decision tree. */
    CART,
    /** Bagged CART trees with feature subsampling (Tribuo {@code RandomForestTrainer}). */
    RANDOM_FOREST,
    /** Gradient-boosted trees (XGBoost through Tribuo); the only trainer that can use a GPU. */
    XGBOOST;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean supports(ModelTask task) {
        return this != LOGISTIC_REGRESSION || task == ModelTask.CLASSIFICATION;
    }

    public boolean canUseGpu() {
        return this == XGBOOST;
    }
}
