package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A trained risk model: the Tribuo model, the calibration that turns its score into a probability of a broken
 * build (one for builds after a broken build, one for builds after a passing one), the decision threshold chosen on validation, and the reference feature values (training medians) that
 * explanations compare a build against.
 */
public final class RiskModel {
    private final Model<Label> model;
    private final Family family;
    private final Calibration calibration;
    private final double threshold;
    private final double[] reference;

    public RiskModel(Model<Label> model, Family family, Calibration calibration, double threshold, double[] reference) {
        this.model = Objects.requireNonNull(model, "model");
        this.family = Objects.requireNonNull(family, "family");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.threshold = threshold;
        if (reference.length != Feature.values().length) {
            throw new IllegalArgumentException("expected " + Feature.values().length + " reference values");
        }
        this.reference = reference.clone();
    }

    public Model<Label> tribuo() {
        return model;
    }

    public Family family() {
        return family;
    }

    public Calibration calibration() {
        return calibration;
    }

    /** Probabilities at or above this predict a broken build (chosen for F1 on the validation builds). */
    public double threshold() {
        return threshold;
    }

    /** The raw value of each feature a typical training build had (the median). */
    public double[] reference() {
        return reference.clone();
    }

    public double probability(BuildFeatures f) {
        return probabilityOfRaw(f.raw());
    }

    /** The calibrated probability for raw measurements in {@link Feature} order. */
    public double probabilityOfRaw(double[] raw) {
        return probabilitiesOfRaw(List.of(raw))[0];
    }

    /** Calibrated probabilities for many raw measurement vectors, predicted in one batch. */
    public double[] probabilitiesOfRaw(List<double[]> raws) {
        List<Example<Label>> examples = new ArrayList<>(raws.size());
        for (double[] raw : raws) {
            double[] v = new double[raw.length];
            for (Feature f : Feature.values()) {
                v[f.ordinal()] = f.modelValue(raw[f.ordinal()]);
            }
            examples.add(Examples.unlabeled(v));
        }
        List<Prediction<Label>> preds = model.predict(examples);
        double[] p = new double[preds.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = calibration.apply(score(preds.get(i)), Calibration.previousBroken(raws.get(i)));
        }
        return p;
    }

    /** Calibrated probabilities of many builds, predicted in one batch. */
    public double[] probabilities(List<BuildFeatures> rows) {
        return calibration.apply(scores(model, rows), previousBroken(rows));
    }

    /** For each build, whether its previous build (on the branch, else overall) broke. */
    static boolean[] previousBroken(List<BuildFeatures> rows) {
        boolean[] b = new boolean[rows.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = rows.get(i).raw(Feature.PREVIOUS_BUILD_BROKEN) >= 0.5;
        }
        return b;
    }

    /** Uncalibrated scores of {@code m} for the broken label. */
    static double[] scores(Model<Label> m, List<BuildFeatures> rows) {
        List<Example<Label>> examples = new ArrayList<>(rows.size());
        rows.forEach(r -> examples.add(Examples.unlabeled(r.modelValues())));
        List<Prediction<Label>> preds = m.predict(examples);
        double[] s = new double[preds.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = score(preds.get(i));
        }
        return s;
    }

    private static double score(Prediction<Label> p) {
        Label broken = p.getOutputScores().get(Examples.BROKEN);
        if (broken == null) {
            throw new IllegalStateException("the model has no '" + Examples.BROKEN + "' output; outputs: "
                    + p.getOutputScores().keySet());
        }
        return broken.getScore();
    }
}
