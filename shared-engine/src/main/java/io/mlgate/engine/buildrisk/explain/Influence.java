package io.mlgate.engine.buildrisk.explain;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.model.RiskModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much one feature moves a model's risks over many builds: the per-build {@link Effects} a prediction's factors
 * come from (the risk minus the risk with the feature at its reference value), averaged. A model-wide answer to "what does
 * this model look at", in the same units as a prediction's factors.
 *
 * @param feature    the feature
 * @param meanEffect the mean size of its effect, in probability points (0.03 = 3 points), over the builds looked at
 * @param raised     the share of those builds whose risk it raised by at least half a point
 * @param lowered    the share whose risk it lowered by at least half a point
 */
public record Influence(Feature feature, double meanEffect, double raised, double lowered) {
    private static final int BATCH = 100;

    /**
     * Every feature's influence over the last {@code most} of {@code builds} (the recent ones: what the model meets
     * next), largest first; features that moved no build's risk are left out.
     */
    public static List<Influence> of(RiskModel model, List<BuildFeatures> builds, int most) {
        List<BuildFeatures> rows = builds.subList(Math.max(0, builds.size() - most), builds.size());
        int features = Feature.values().length;
        double[] sum = new double[features];
        int[] up = new int[features];
        int[] down = new int[features];
        for (int from = 0; from < rows.size(); from += BATCH) { // scored in batches: one model call per batch
            List<double[]> batch = rows.subList(from, Math.min(rows.size(), from + BATCH)).stream()
                    .map(BuildFeatures::raw).toList();
            for (double[] effects : Effects.of(model, batch)) {
                for (int i = 0; i < features; i++) {
                    sum[i] += Math.abs(effects[i]);
                    up[i] += effects[i] >= Explainer.MIN_EFFECT ? 1 : 0;
                    down[i] += effects[i] <= -Explainer.MIN_EFFECT ? 1 : 0;
                }
            }
        }
        List<Influence> out = new ArrayList<>();
        for (Feature f : Feature.values()) {
            int i = f.ordinal();
            if (!rows.isEmpty() && up[i] + down[i] > 0) {
                out.add(new Influence(f, sum[i] / rows.size(), (double) up[i] / rows.size(),
                        (double) down[i] / rows.size()));
            }
        }
        out.sort(Comparator.comparingDouble(Influence::meanEffect).reversed().thenComparing(x -> x.feature().ordinal()));
        return out;
    }
}
