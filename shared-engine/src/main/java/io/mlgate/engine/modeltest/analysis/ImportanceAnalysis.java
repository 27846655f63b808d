package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.Column;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.metrics.Evaluation;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.policy.AnalysisSpecs;
import io.mlgate.engine.modeltest.predict.Predictor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** Shuffles one feature column at a time (seeded) on a row sample and measures how much the metric worsens. */
public final class ImportanceAnalysis {
    private ImportanceAnalysis() {
    }

    public static ImportanceResults run(Table table, Predictor model, OutcomeMaker outcomes,
                                        AnalysisSpecs.Importance spec) {
        MetricId id = spec.metric().id();
        Table sample = table.reorder(RowSample.of(table.rows(), spec.rows(), spec.seed()));
        double base = metric(outcomes, model, sample, id);
        SplittableRandom rng = new SplittableRandom(spec.seed());
        List<ImportanceResults.Feature> out = new ArrayList<>();
        for (String f : model.featureColumns()) {
            double[] drops = new double[spec.repeats()];
            for (int r = 0; r < drops.length; r++) {
                Table shuffled = sample.with(shuffle(sample.column(f), rng));
                drops[r] = id.kind().improvement(base, metric(outcomes, model, shuffled, id));
            }
            double mean = 0;
            for (double d : drops) {
                mean += d / drops.length;
            }
            double sq = 0;
            for (double d : drops) {
                sq += (d - mean) * (d - mean);
            }
            out.add(new ImportanceResults.Feature(f, mean, drops.length < 2 ? Double.NaN : Math.sqrt(sq / (drops.length - 1))));
        }
        out.sort(Comparator.comparingDouble((ImportanceResults.Feature x) -> Double.isNaN(x.importance())
                ? Double.NEGATIVE_INFINITY : x.importance()).reversed());
        return new ImportanceResults(id, sample.rows(), spec.repeats(), base, out);
    }

    private static double metric(OutcomeMaker outcomes, Predictor model, Table t, MetricId id) {
        Evaluation e = Evaluation.of(outcomes.make(model.predict(t), t));
        int i = e.indexOf(id);
        return i < 0 ? Double.NaN : e.compute(null)[i];
    }

    private static Column shuffle(Column c, SplittableRandom rng) {
        int n = c.size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return c instanceof NumericColumn num ? num.reorder(perm) : ((CategoricalColumn) c).reorder(perm);
    }
}
