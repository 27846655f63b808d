package io.mlgate.engine.buildrisk.model;

import java.util.List;
import java.util.Objects;

/**
 * How to train the risk model.
 *
 * @param families           the families to choose between, by validation ROC AUC (ties: the earlier one)
 * @param seed               seed for every random choice (SGD order, XGBoost sampling)
 * @param validationFraction the most recent share of the training builds held out to choose the family, fit the
 *                           calibration and pick the decision threshold
 * @param trees              XGBoost: boosting rounds
 * @param depth              XGBoost: maximum tree depth
 * @param eta                XGBoost: learning rate
 * @param epochs             logistic regression: passes over the data
 */
public record ModelSettings(List<Family> families, long seed, double validationFraction, int trees, int depth,
                            double eta, int epochs) {
    public static final long DEFAULT_SEED = 42;

    public ModelSettings {
        families = List.copyOf(Objects.requireNonNull(families, "families"));
        if (families.isEmpty()) {
            throw new IllegalArgumentException("at least one model family is needed");
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be between 0 and 1, got " + validationFraction);
        }
        if (trees < 1 || depth < 1 || epochs < 1 || !(eta > 0 && eta <= 1)) {
            throw new IllegalArgumentException("trees, depth and epochs must be >= 1 and eta in (0, 1]");
        }
    }

    /** Both families, seed 42, the last 25% for validation, 100 trees of depth 2 at eta 0.1, 5 SGD epochs. */
    public static ModelSettings defaults() {
        return new ModelSettings(List.of(Family.LOGISTIC, Family.XGBOOST), DEFAULT_SEED, 0.25, 100, 2, 0.1, 5);
    }

    public ModelSettings withFamilies(List<Family> f) {
        return new ModelSettings(f, seed, validationFraction, trees, depth, eta, epochs);
    }

    public ModelSettings withSeed(long s) {
        return new ModelSettings(families, s, validationFraction, trees, depth, eta, epochs);
    }
}
