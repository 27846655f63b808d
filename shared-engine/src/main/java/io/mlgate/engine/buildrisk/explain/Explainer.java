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
 * with that one feature at its reference value (its training median; {@link Effects}); features at their reference
 * value have no effect. Effects below half a percentage point are left out; factors that read alike are shown once.
 */
public final class Explainer {
    static final double MIN_EFFECT = 0.005;

    private Explainer() {
    }

    public static List<Factor> explain(RiskModel model, BuildFeatures build, int top) {
        double[] effects = Effects.of(model, List.of(build.raw()))[0];
        List<Factor> all = new ArrayList<>();
        for (Feature f : Feature.values()) {
            double effect = effects[f.ordinal()];
            if (effect >= MIN_EFFECT) {
                all.add(new Factor(f, effect, FactorWords.describe(f, build)));
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
