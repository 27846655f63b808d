package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.features.BuildFeatures;

import java.util.List;

/** Trains on the earliest share of the builds and measures the model and the baseline on the rest. */
public final class Evaluator {
    private final Progress progress;

    public Evaluator(Progress progress) {
        this.progress = progress;
    }

    /** {@code trainShare}: the share of builds (in history order) trained on, e.g. 0.7. */
    public Evaluation evaluate(List<BuildFeatures> rows, double trainShare, ModelSettings settings) {
        int nTrain = (int) Math.floor(rows.size() * trainShare);
        if (nTrain < 1 || nTrain >= rows.size()) {
            throw new BadInputException("a time split of " + trainShare + " over " + rows.size()
                    + " builds leaves no builds to train or to test on");
        }
        List<BuildFeatures> train = rows.subList(0, nTrain);
        List<BuildFeatures> test = rows.subList(nTrain, rows.size());
        progress.step("evaluate: training on the first " + train.size() + " builds, testing on the last " + test.size());
        TrainingOutcome t = new ModelTrainer(progress).train(train, settings);
        double[] p = t.model().probabilities(test);
        boolean[] broken = ModelTrainer.labels(test);
        // the model's calls as its decision rule makes them; the ranking (ROC AUC) is its probabilities'
        double[] alarms = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            alarms[i] = t.model().alarms(test.get(i), p[i]) ? 1 : 0;
        }
        Metrics model = Metrics.of(alarms, broken, 0.5).withAuc(Metrics.auc(p, broken));
        int skipped = 0;
        long seconds = 0;
        int late = 0;
        int brokenTotal = 0;
        for (int i = 0; i < p.length; i++) {
            brokenTotal += broken[i] ? 1 : 0;
            if (alarms[i] == 0) {
                skipped++;
                late += broken[i] ? 1 : 0;
                seconds += test.get(i).build().duration().orElse(0);
            }
        }
        return new Evaluation(nTrain, t, model, Baseline.metrics(test),
                new Evaluation.Skip(skipped, seconds, late, brokenTotal));
    }
}
