package io.mlgate.engine.buildrisk.explain;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.model.RiskModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The factors that raise a build's risk most. A feature's effect is the build's probability minus the probability
 * with that one feature at its reference value (its training median); features at their reference value have no
 * effect. Effects below half a percentage point are left out; factors that read alike are shown once.
 */
public final class Explainer {
    static final double MIN_EFFECT = 0.005;

    private Explainer() {
    }

    public static List<Factor> explain(RiskModel model, BuildFeatures build, int top) {
        double[] raw = build.raw();
        double[] reference = model.reference();
        List<Feature> varied = new ArrayList<>();
        List<double[]> inputs = new ArrayList<>();
        inputs.add(raw);
        for (Feature f : Feature.values()) {
            int i = f.ordinal();
            if (raw[i] != reference[i]) {
                double[] changed = raw.clone();
                changed[i] = reference[i];
                varied.add(f);
                inputs.add(changed);
            }
        }
        double[] p = model.probabilitiesOfRaw(inputs);
        List<Factor> all = new ArrayList<>();
        for (int k = 0; k < varied.size(); k++) {
            double effect = p[0] - p[k + 1];
            if (effect >= MIN_EFFECT) {
                all.add(new Factor(varied.get(k), effect, FactorWords.describe(varied.get(k), build)));
            }
        }
        all.sort(Comparator.comparingDouble(Factor::effect).reversed().thenComparing(x -> x.feature().ordinal()));
        Set<String> seen = new LinkedHashSet<>();
        List<Factor> out = new ArrayList<>();
        for (Factor x : all) {
            if (out.size() < top && seen.add(x.words())) {
                out.add(x);
            }
        }
        return out;
    }
}
