package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import org.tribuo.Model;
import org.tribuo.classification.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A trained risk model: the scorer (the Tribuo model, or its plain-Java equivalent when loaded for a prediction),
 * the calibration that turns its score into a probability of a broken build (one scaling for the builds its grouping
 * call calls broken, one for the rest: {@link Calibration}), the decision threshold chosen on validation, and the reference feature values
 * (training medians) that explanations compare a build against.
 */
public final class RiskModel {
    private final Scorer scorer;
    private final Family family;
    private final Calibration calibration;
    private final double threshold;
    private final DecisionRule decision;
    private final double[] reference;

    public RiskModel(Model<Label> model, Family family, Calibration calibration, double threshold,
                     DecisionRule decision, double[] reference) {
        this(new TribuoScorer(Objects.requireNonNull(model, "model")), family, calibration, threshold, decision,
                reference);
    }

    RiskModel(Scorer scorer, Family family, Calibration calibration, double threshold, DecisionRule decision,
              double[] reference) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.family = Objects.requireNonNull(family, "family");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.threshold = threshold;
        this.decision = Objects.requireNonNull(decision, "decision");
        if (reference.length != Feature.values().length) {
            throw new IllegalArgumentException("expected " + Feature.values().length + " reference values");
        }
        this.reference = reference.clone();
    }

    /** This model with another scorer of the same scores (its plain-Java equivalent). */
    RiskModel withScorer(Scorer other) {
        return new RiskModel(other, family, calibration, threshold, decision, reference);
    }

    /** The Tribuo model; only a model trained in this process or loaded without a plain-Java scorer has one. */
    public Model<Label> tribuo() {
        if (scorer instanceof TribuoScorer t) {
            return t.model();
        }
        throw new IllegalStateException("this model was loaded with its plain-Java scorer, without the Tribuo model");
    }

    /** Whether scores come from the plain-Java scorer rather than Tribuo. */
    public boolean plainJava() {
        return !(scorer instanceof TribuoScorer);
    }

    Scorer scorer() {
        return scorer;
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

    /** When the model calls a build broken: at or above {@link #threshold}, or as a rule on the history does. */
    public DecisionRule decision() {
        return decision;
    }

    /** Whether this model calls broken a build with these features and this probability. */
    public boolean alarms(BuildFeatures f, double probability) {
        return decision.alarms(probability, threshold, f.isSet(Feature.PREVIOUS_BUILD_BROKEN), f.related().broken());
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
        List<double[]> values = new ArrayList<>(raws.size());
        for (double[] raw : raws) {
            double[] v = new double[raw.length];
            for (Feature f : Feature.values()) {
                v[f.ordinal()] = f.modelValue(raw[f.ordinal()]);
            }
            values.add(v);
        }
        double[] s = scorer.scores(values);
        double[] p = new double[s.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = calibration.apply(s[i], raws.get(i));
        }
        return p;
    }

    /** Calibrated probabilities of many builds, predicted in one batch. */
    public double[] probabilities(List<BuildFeatures> rows) {
        return calibration.apply(scores(scorer, rows), flags(rows, calibration.by()));
    }

    /** For each build, whether the 0/1 feature {@code f} is 1 (for example: its previous build broke). */
    static boolean[] flags(List<BuildFeatures> rows, Feature f) {
        boolean[] b = new boolean[rows.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = rows.get(i).isSet(f);
        }
        return b;
    }

    /** Uncalibrated scores of {@code m} for the broken label. */
    static double[] scores(Model<Label> m, List<BuildFeatures> rows) {
        return scores(new TribuoScorer(m), rows);
    }

    static double[] scores(Scorer s, List<BuildFeatures> rows) {
        List<double[]> values = new ArrayList<>(rows.size());
        rows.forEach(r -> values.add(r.modelValues()));
        return s.scores(values);
    }
}
