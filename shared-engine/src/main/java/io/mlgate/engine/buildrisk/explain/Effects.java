package io.mlgate.engine.buildrisk.explain;

import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.model.RiskModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Each feature's effect on builds' risks: the build's probability minus its probability with that one feature at
 * its reference value (the training median). A feature at its reference value has no effect (0) and is not scored.
 * All the builds given are scored in one model call.
 */
final class Effects {
    private Effects() {
    }

    /** For each of {@code raws} (raw measurements in {@link Feature} order), the effect of each feature, by ordinal. */
    static double[][] of(RiskModel model, List<double[]> raws) {
        double[] reference = model.reference();
        int features = Feature.values().length;
        List<double[]> inputs = new ArrayList<>();
        int[] base = new int[raws.size()];
        int[][] changedAt = new int[raws.size()][features]; // where each feature's changed vector is in inputs, or -1
        for (int r = 0; r < raws.size(); r++) {
            double[] raw = raws.get(r);
            base[r] = inputs.size();
            inputs.add(raw);
            for (int i = 0; i < features; i++) {
                changedAt[r][i] = -1;
                if (raw[i] != reference[i]) {
                    double[] changed = raw.clone();
                    changed[i] = reference[i];
                    changedAt[r][i] = inputs.size();
                    inputs.add(changed);
                }
            }
        }
        double[] p = model.probabilitiesOfRaw(inputs);
        double[][] effects = new double[raws.size()][features];
        for (int r = 0; r < raws.size(); r++) {
            for (int i = 0; i < features; i++) {
                effects[r][i] = changedAt[r][i] < 0 ? 0 : p[base[r]] - p[changedAt[r][i]];
            }
        }
        return effects;
    }
}
