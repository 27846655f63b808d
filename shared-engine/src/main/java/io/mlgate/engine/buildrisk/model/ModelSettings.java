package io.mlgate.engine.buildrisk.model;

import java.util.List;
import java.util.Objects;

/**
 * How to train the risk model.
 *
 * @param families           the families to choose between, by validation ROC AUC (ties: the earlier one)
 * @param seed               seed for every random choice (SGD order, XGBoost sampling)
 * @param folds              expanding-window validation folds: the builds are cut into {@code folds + 1} parts in
 *                           time order and each part after the first is scored by models fitted on the parts before
 *                           it; those out-of-time scores choose the family, fit the calibration and set the threshold
 * @param trees              XGBoost: boosting rounds
 * @param depth              XGBoost: maximum tree depth
 * @param eta                XGBoost: learning rate
 * @param epochs             logistic regression: passes over the data
 * @param halfLife           recency weighting: a build this share of the training builds older than the newest
 *                           weighs half as much (0: all weigh the same)
 * @param members            models fitted with seeds {@code seed, seed + 1, ...} whose probabilities are averaged
 *                           (1: a single model)
 * @param calls              how the model's yes/no calls are chosen
 */
public record ModelSettings(List<Family> families, long seed, int folds, int trees, int depth,
                            double eta, int epochs, double halfLife, int members, Calls calls) {
    public static final long DEFAULT_SEED = 42;

    public ModelSettings {
        families = List.copyOf(Objects.requireNonNull(families, "families"));
        Objects.requireNonNull(calls, "calls");
        if (families.isEmpty()) {
            throw new IllegalArgumentException("at least one model family is needed");
        }
        if (folds < 1) {
            throw new IllegalArgumentException("validation folds must be >= 1, got " + folds);
        }
        if (!(halfLife >= 0)) {
            throw new IllegalArgumentException("half-life must be >= 0, got " + halfLife);
        }
        if (members < 1) {
            throw new IllegalArgumentException("ensemble members must be >= 1, got " + members);
        }
        if (trees < 1 || depth < 1 || epochs < 1 || !(eta > 0 && eta <= 1)) {
            throw new IllegalArgumentException("trees, depth and epochs must be >= 1 and eta in (0, 1]");
        }
    }

    /**
     * Both families averaged ({@link Family#BOTH}), seed 42, 4 validation folds, 100 trees of depth 2 at eta 0.1, 5
     * SGD epochs, no recency weights, 5 seeds of each family, the related-outcome rule's calls.
     */
    public static ModelSettings defaults() {
        return new ModelSettings(List.of(Family.BOTH), DEFAULT_SEED, 4, 100, 2, 0.1, 5, 0, 5, Calls.RULE);
    }

    /** These settings choosing between the two single families on validation (the default until 2026-11-23). */
    public ModelSettings choosingAFamily() {
        return withFamilies(Family.SINGLE);
    }

    public ModelSettings withFamilies(List<Family> f) {
        return new ModelSettings(f, seed, folds, trees, depth, eta, epochs, halfLife, members, calls);
    }

    public ModelSettings withMembers(int m) {
        return new ModelSettings(families, seed, folds, trees, depth, eta, epochs, halfLife, m, calls);
    }

    public ModelSettings withSeed(long s) {
        return new ModelSettings(families, s, folds, trees, depth, eta, epochs, halfLife, members, calls);
    }

    public ModelSettings withCalls(Calls c) {
        return new ModelSettings(families, seed, folds, trees, depth, eta, epochs, halfLife, members, c);
    }
}
