package io.mlgate.engine.train;

import io.mlgate.engine.model.ModelTask;

import java.util.ArrayList;
import java.util.List;

/**
 * The hyperparameters each trainer accepts, with defaults. Defaults follow Tribuo's own where it has sensible ones;
 * where Tribuo's default is unbounded (CART depth) a finite one is chosen and documented in docs/model.md.
 */
final class TrainerParams {
    static final int MAX_THREADS = 1024;

    private TrainerParams() {
    }

    static List<Param> of(TrainerKind kind, ModelTask task) {
        boolean cls = task == ModelTask.CLASSIFICATION;
        List<Param> p = new ArrayList<>();
        switch (kind) {
            case LOGISTIC_REGRESSION -> sgd(p);
            case LINEAR_SGD -> {
                p.add(cls ? Param.choice("objective", "hinge", "hinge", "log")
                        : Param.choice("objective", "squared", "squared", "absolute", "huber"));
                sgd(p);
            }
            case CART -> tree(p, cls, 1.0);
            case RANDOM_FOREST -> {
                p.add(Param.integer("trees", 50, 1, 10_000));
                tree(p, cls, 0.5);
            }
            case XGBOOST -> {
                p.add(Param.integer("trees", 50, 1, 100_000));
                p.add(Param.number("learning_rate", 0.3, 0, 1));
                p.add(Param.integer("max_depth", 6, 1, 64));
                p.add(Param.number("min_child_weight", 1, 0, Double.MAX_VALUE));
                p.add(Param.number("subsample", 1, Double.MIN_VALUE, 1));
                p.add(Param.number("feature_subsample", 1, Double.MIN_VALUE, 1));
                p.add(Param.number("lambda", 1, 0, Double.MAX_VALUE));
                p.add(Param.number("alpha", 0, 0, Double.MAX_VALUE));
                p.add(Param.number("gamma", 0, 0, Double.MAX_VALUE));
                p.add(Param.choice("tree_method", "hist", "hist", "approx", "exact", "auto"));
                p.add(Param.integer("threads", 0, 0, MAX_THREADS));
                if (!cls) {
                    p.add(Param.choice("objective", "squared", "squared", "gamma", "tweedie", "pseudohuber"));
                }
            }
        }
        return p;
    }

    private static void sgd(List<Param> p) {
        p.add(Param.integer("epochs", 5, 1, 100_000));
        p.add(Param.number("learning_rate", 1.0, Double.MIN_VALUE, 1e6));
        p.add(Param.integer("minibatch", 1, 1, 1_000_000));
    }

    private static void tree(List<Param> p, boolean cls, double featureFraction) {
        p.add(Param.integer("max_depth", 10, 1, 1_000));
        p.add(Param.number("min_child_weight", 5, 0, Double.MAX_VALUE));
        p.add(Param.number("min_impurity_decrease", 0, 0, Double.MAX_VALUE));
        p.add(Param.number("feature_fraction", featureFraction, Double.MIN_VALUE, 1));
        p.add(cls ? Param.choice("impurity", "gini", "gini", "entropy") : Param.choice("impurity", "mse", "mse", "mae"));
    }
}
