package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.policy.AnalysisSpecs;
import io.mlgate.engine.modeltest.policy.Perturbation;
import io.mlgate.engine.modeltest.predict.ClassPredictions;
import io.mlgate.engine.modeltest.predict.ModelOutput;
import io.mlgate.engine.modeltest.predict.Predictor;
import io.mlgate.engine.modeltest.predict.ValuePredictions;
import io.mlgate.engine.modeltest.stats.Normal;
import io.mlgate.engine.report.ReportValues;

import java.util.ArrayList;
import java.util.List;

/**
 * Predicts a seeded row sample, then the same rows perturbed (noise, category swaps, missing values), and counts the
 * rows whose prediction changed: for classifiers a different class, for regression a move of more than
 * {@code tolerance} standard deviations of the sample's predictions. Each share has a Wilson score interval.
 */
public final class RobustnessAnalysis {
    private RobustnessAnalysis() {
    }

    public static RobustnessResults run(Table table, Predictor model, AnalysisSpecs.Robustness spec, double confidence) {
        List<String> features = model.featureColumns();
        Table sample = table.reorder(RowSample.of(table.rows(), spec.rows(), spec.seed()));
        ModelOutput base = model.predict(sample);
        long numeric = features.stream().filter(f -> table.column(f) instanceof NumericColumn).count();
        long text = features.stream().filter(f -> table.column(f) instanceof CategoricalColumn).count();
        List<RobustnessResults.Result> out = new ArrayList<>();
        if (spec.noise() > 0) {
            out.add(result(Perturbation.NOISE, "Gaussian noise of " + ReportValues.number(spec.noise())
                            + " standard deviations on " + numeric + " numeric feature(s)", numeric == 0 ? null
                            : model.predict(Perturber.noise(sample, features, spec.noise(), spec.seed() + 1)), base, spec,
                    confidence));
        }
        if (spec.swap() > 0) {
            out.add(result(Perturbation.SWAP, ReportValues.percent(spec.swap()) + " of the values of " + text
                            + " text feature(s) swapped for another value", text == 0 ? null
                            : model.predict(Perturber.swap(sample, features, spec.swap(), spec.seed() + 2)), base, spec,
                    confidence));
        }
        if (spec.missing() > 0) {
            out.add(result(Perturbation.MISSING, ReportValues.percent(spec.missing()) + " of feature values removed",
                    features.isEmpty() ? null : model.predict(Perturber.missing(sample, features, spec.missing(),
                            spec.seed() + 3)), base, spec, confidence));
        }
        return new RobustnessResults(sample.rows(), confidence, out);
    }

    private static RobustnessResults.Result result(Perturbation p, String what, ModelOutput perturbed, ModelOutput base,
                                                   AnalysisSpecs.Robustness spec, double confidence) {
        if (perturbed == null) {
            return new RobustnessResults.Result(p, what + " (no such feature: not applicable)", 0, Double.NaN,
                    Double.NaN, Double.NaN);
        }
        int changed = 0;
        int n = base.size();
        if (base instanceof ClassPredictions b) {
            int[] q = ((ClassPredictions) perturbed).predicted();
            for (int i = 0; i < n; i++) {
                changed += b.predicted()[i] != q[i] ? 1 : 0;
            }
        } else {
            double[] a = ((ValuePredictions) base).values();
            double[] q = ((ValuePredictions) perturbed).values();
            double tol = spec.tolerance() * Perturber.std(a);
            for (int i = 0; i < n; i++) {
                changed += Math.abs(a[i] - q[i]) > tol ? 1 : 0;
            }
        }
        double[] ci = wilson(changed, n, confidence);
        return new RobustnessResults.Result(p, what, changed, (double) changed / n, ci[0], ci[1]);
    }

    /** Wilson score interval of a proportion (two-sided at {@code confidence}). */
    static double[] wilson(int k, int n, double confidence) {
        double z = Normal.quantile(1 - (1 - confidence) / 2);
        double p = (double) k / n;
        double denom = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
