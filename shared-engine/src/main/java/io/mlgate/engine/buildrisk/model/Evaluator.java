package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.features.BuildFeatures;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains on the earliest share of the builds and measures the model and the baseline on the rest. With retraining
 * (rolling evaluation), the test builds are taken in blocks of {@code retrainEvery}, in history order, and each
 * block is scored by a model trained on every build before it, as a team that retrains on its grown history would
 * have scored them; the measures pool all blocks.
 */
public final class Evaluator {
    private final Progress progress;

    public Evaluator(Progress progress) {
        this.progress = progress;
    }

    /** One model for all test builds; {@code trainShare}: the share of builds (in history order) trained on, e.g. 0.7. */
    public Evaluation evaluate(List<BuildFeatures> rows, double trainShare, ModelSettings settings) {
        return evaluate(rows, trainShare, 0, settings);
    }

    /** {@code retrainEvery}: test builds per model (0: one model for all of them). */
    public Evaluation evaluate(List<BuildFeatures> rows, double trainShare, int retrainEvery, ModelSettings settings) {
        if (retrainEvery < 0) {
            throw new IllegalArgumentException("retrainEvery < 0: " + retrainEvery);
        }
        int nTrain = (int) Math.floor(rows.size() * trainShare);
        if (nTrain < 1 || nTrain >= rows.size()) {
            throw new BadInputException("a time split of " + trainShare + " over " + rows.size()
                    + " builds leaves no builds to train or to test on");
        }
        List<BuildFeatures> test = rows.subList(nTrain, rows.size());
        int block = retrainEvery == 0 ? test.size() : retrainEvery;
        int models = (test.size() + block - 1) / block;
        progress.step("evaluate: training on the first " + nTrain + " builds, testing on the last " + test.size()
                + (models > 1 ? ", retrained every " + block + " test builds (" + models + " models)" : ""));
        List<TrainingOutcome> trainings = new ArrayList<>();
        double[] p = new double[test.size()];
        double[] alarms = new double[test.size()];
        double[] rate = new double[test.size()];
        for (int from = 0; from < test.size(); from += block) {
            int to = Math.min(test.size(), from + block);
            if (models > 1) {
                progress.step("evaluate: model " + (trainings.size() + 1) + " of " + models + ": trained on the first "
                        + (nTrain + from) + " builds, scores test builds " + (from + 1) + "-" + to);
            }
            TrainingOutcome t = new ModelTrainer(progress, models == 1).train(rows.subList(0, nTrain + from), settings);
            trainings.add(t);
            double[] pb = t.model().probabilities(test.subList(from, to));
            double[] rates = Baseline.rates(rows.subList(0, nTrain + from));
            for (int i = from; i < to; i++) {
                p[i] = pb[i - from];
                rate[i] = Baseline.rate(rates, test.get(i));
                // the model's calls as its decision rule makes them; the ranking (ROC AUC) is its probabilities'
                alarms[i] = t.model().alarms(test.get(i), p[i]) ? 1 : 0;
            }
        }
        boolean[] broken = ModelTrainer.labels(test);
        long[] seconds = new long[test.size()];
        boolean[] called = new boolean[test.size()];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = test.get(i).build().duration().orElse(0);
            called[i] = alarms[i] == 1;
        }
        TestScores scores = new TestScores(p, called, broken, seconds, rate);
        Metrics model = Metrics.of(alarms, broken, 0.5).withAuc(Metrics.auc(p, broken));
        return new Evaluation(nTrain, block, trainings, model, Baseline.metrics(test), scores);
    }
}
