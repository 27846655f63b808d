package io.mlgate.engine.train;

import io.mlgate.engine.model.ModelTask;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.Entropy;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.dtree.impurity.LabelImpurity;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.sgd.LabelObjective;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanAbsoluteError;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.rtree.impurity.RegressorImpurity;
import org.tribuo.regression.sgd.RegressionObjective;
import org.tribuo.regression.sgd.objectives.AbsoluteLoss;
import org.tribuo.regression.sgd.objectives.Huber;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

import java.util.Locale;

/** Builds the Tribuo trainer a {@link TrainerSpec} describes; the GPU only changes XGBoost's tree method. */
final class TrainerFactory {
    /** Tribuo's SGD trainers log the loss every N steps; -1 turns that off. */
    private static final int NO_LOGGING = -1;

    private TrainerFactory() {
    }

    static Trainer<Label> classification(TrainerSpec s, boolean gpu) {
        check(s, ModelTask.CLASSIFICATION);
        long seed = s.seed();
        return switch (s.kind()) {
            case LOGISTIC_REGRESSION -> sgdClassifier(new LogMulticlass(), s);
            case LINEAR_SGD -> sgdClassifier("log".equals(s.choiceParam("objective")) ? new LogMulticlass() : new Hinge(), s);
            case CART -> classTree(s, seed);
            case RANDOM_FOREST -> new RandomForestTrainer<>(classTree(s, seed), new VotingCombiner(), s.intParam("trees"), seed);
            case XGBOOST -> new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE, treeMethod(s, gpu),
                    s.intParam("trees"), s.doubleParam("learning_rate"), s.doubleParam("gamma"), s.intParam("max_depth"),
                    s.doubleParam("min_child_weight"), s.doubleParam("subsample"), s.doubleParam("feature_subsample"),
                    s.doubleParam("lambda"), s.doubleParam("alpha"), threads(s), XGBoostTrainer.LoggingVerbosity.SILENT, seed);
        };
    }

    static Trainer<Regressor> regression(TrainerSpec s, boolean gpu) {
        check(s, ModelTask.REGRESSION);
        long seed = s.seed();
        return switch (s.kind()) {
            case LOGISTIC_REGRESSION -> throw new IllegalStateException("logistic regression is a classifier");
            case LINEAR_SGD -> new org.tribuo.regression.sgd.linear.LinearSGDTrainer(regressionObjective(s),
                    new AdaGrad(s.doubleParam("learning_rate"), 0.1), s.intParam("epochs"), NO_LOGGING,
                    s.intParam("minibatch"), seed);
            case CART -> regressionTree(s, seed);
            case RANDOM_FOREST -> new RandomForestTrainer<>(regressionTree(s, seed), new AveragingCombiner(),
                    s.intParam("trees"), seed);
            case XGBOOST -> new XGBoostRegressionTrainer(XGBoostTrainer.BoosterType.GBTREE, treeMethod(s, gpu),
                    regressionType(s.choiceParam("objective")), s.intParam("trees"), s.doubleParam("learning_rate"),
                    s.doubleParam("gamma"), s.intParam("max_depth"), s.doubleParam("min_child_weight"),
                    s.doubleParam("subsample"), s.doubleParam("feature_subsample"), s.doubleParam("lambda"),
                    s.doubleParam("alpha"), threads(s), XGBoostTrainer.LoggingVerbosity.SILENT, seed);
        };
    }

    /** XGBoost threads: the policy's number, or every processor for 0. */
    static int threads(TrainerSpec s) {
        int t = s.intParam("threads");
        return t > 0 ? t : Runtime.getRuntime().availableProcessors();
    }

    /** Logistic regression is Tribuo's linear SGD with the multinomial log loss (its LogisticRegressionTrainer). */
    private static Trainer<Label> sgdClassifier(LabelObjective objective, TrainerSpec s) {
        return new org.tribuo.classification.sgd.linear.LinearSGDTrainer(objective,
                new AdaGrad(s.doubleParam("learning_rate"), 0.1), s.intParam("epochs"), NO_LOGGING,
                s.intParam("minibatch"), s.seed());
    }

    private static CARTClassificationTrainer classTree(TrainerSpec s, long seed) {
        LabelImpurity impurity = "entropy".equals(s.choiceParam("impurity")) ? new Entropy() : new GiniIndex();
        return new CARTClassificationTrainer(s.intParam("max_depth"), (float) s.doubleParam("min_child_weight"),
                (float) s.doubleParam("min_impurity_decrease"), (float) s.doubleParam("feature_fraction"), false,
                impurity, seed);
    }

    private static CARTRegressionTrainer regressionTree(TrainerSpec s, long seed) {
        RegressorImpurity impurity = "mae".equals(s.choiceParam("impurity")) ? new MeanAbsoluteError()
                : new MeanSquaredError();
        return new CARTRegressionTrainer(s.intParam("max_depth"), (float) s.doubleParam("min_child_weight"),
                (float) s.doubleParam("min_impurity_decrease"), (float) s.doubleParam("feature_fraction"), false,
                impurity, seed);
    }

    private static RegressionObjective regressionObjective(TrainerSpec s) {
        return switch (s.choiceParam("objective")) {
            case "absolute" -> new AbsoluteLoss();
            case "huber" -> new Huber();
            default -> new SquaredLoss();
        };
    }

    private static XGBoostTrainer.TreeMethod treeMethod(TrainerSpec s, boolean gpu) {
        return gpu ? XGBoostTrainer.TreeMethod.GPU_HIST
                : XGBoostTrainer.TreeMethod.valueOf(s.choiceParam("tree_method").toUpperCase(Locale.ROOT));
    }

    private static XGBoostRegressionTrainer.RegressionType regressionType(String objective) {
        return "squared".equals(objective) ? XGBoostRegressionTrainer.RegressionType.LINEAR
                : XGBoostRegressionTrainer.RegressionType.valueOf(objective.toUpperCase(Locale.ROOT));
    }

    private static void check(TrainerSpec s, ModelTask task) {
        if (s.task() != task) {
            throw new IllegalStateException("trainer spec is for " + s.task() + ", not " + task);
        }
    }
}
