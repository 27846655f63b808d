package io.mlgate.engine.buildrisk.model;

import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.Transformation;
import org.tribuo.transform.TransformationMap;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The Tribuo trainer of each family, seeded; Tribuo's and XGBoost's progress logging turned down to warnings. */
final class Trainers {
    /** Held so that the level set on them stays (JUL keeps loggers weakly). */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.tribuo"), Logger.getLogger("ml.dmlc"),
            Logger.getLogger("com.oracle.labs.mlrg.olcut"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
    }

    private Trainers() {
    }

    /**
     * The trainer for {@code family}. Logistic regression standardizes each feature that varies in {@code data};
     * a feature constant there is left as it is (standardizing it would divide by a zero deviation).
     */
    static Trainer<Label> of(Family family, ModelSettings s, List<BuildFeatures> data) {
        return switch (family) {
            case LOGISTIC -> new TransformTrainer<>(
                    new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), s.epochs(), Integer.MAX_VALUE, 1, s.seed()),
                    new TransformationMap(List.of(), standardize(data)), true);
            case XGBOOST -> new XGBoostClassificationTrainer(s.trees(), s.eta(), 0, s.depth(), 1, 0.8, 0.8, 1, 0, 1, true,
                    s.seed());
            case BOTH -> throw new IllegalArgumentException("both families are fitted one trainer each (ModelTrainer.fit)");
        };
    }

    /** How many times a fit is tried when XGBoost's training matrix is freed under it ({@link #train}). */
    static final int ATTEMPTS = 3;

    /**
     * A model of a new trainer from {@code trainer} fitted on {@code data}; a fit that fails because XGBoost's
     * training matrix was freed under it is made again with a new trainer, up to {@link #ATTEMPTS} times in all.
     * xgboost4j 1.6 lets the JVM collect the matrix Tribuo builds once the last boosting round has read its native
     * handle, and its finalizer can free it while that round runs ("Check failed: !matrix.second.ref.expired()",
     * seen once in hundreds of test runs); the fit is seeded, so the next attempt gives the model the first would
     * have. Any other failure is thrown as it is.
     */
    static Model<Label> train(Supplier<Trainer<Label>> trainer, Dataset<Label> data) {
        for (int attempt = 1; ; attempt++) {
            try {
                return trainer.get().train(data);
            } catch (IllegalStateException e) {
                if (attempt >= ATTEMPTS || !matrixFreedUnderIt(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean matrixFreedUnderIt(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c.getClass().getName().equals("ml.dmlc.xgboost4j.java.XGBoostError")
                    && String.valueOf(c.getMessage()).contains("!matrix.second.ref.expired()")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<Transformation>> standardize(List<BuildFeatures> data) {
        List<double[]> values = data.stream().map(BuildFeatures::trainingValues).toList();
        Map<String, List<Transformation>> map = new LinkedHashMap<>();
        for (Feature f : Feature.values()) {
            int i = f.ordinal();
            boolean varies = values.stream().anyMatch(v -> v[i] != values.get(0)[i]);
            if (varies) {
                map.put(f.id(), List.of(new MeanStdDevTransformation()));
            }
        }
        return map;
    }
}
