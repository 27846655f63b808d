package io.mlgate.engine.buildrisk.model;

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

    private static Map<String, List<Transformation>> standardize(List<BuildFeatures> data) {
        Map<String, List<Transformation>> map = new LinkedHashMap<>();
        for (Feature f : Feature.values()) {
            double first = data.isEmpty() ? 0 : data.get(0).modelValues()[f.ordinal()];
            boolean varies = data.stream().anyMatch(r -> r.modelValues()[f.ordinal()] != first);
            if (varies) {
                map.put(f.id(), List.of(new MeanStdDevTransformation()));
            }
        }
        return map;
    }
}
