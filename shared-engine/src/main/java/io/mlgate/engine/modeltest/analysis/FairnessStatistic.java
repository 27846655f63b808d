package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.modeltest.stats.WeightedStatistic;

/**
 * Demographic parity difference and ratio and equalized odds difference of one sensitive column under row weights.
 * Per group it sums weights of rows, of rows predicted favourable, of truly favourable rows and of the two
 * crossings; groups left out (too few rows) do not count.
 */
final class FairnessStatistic implements WeightedStatistic {
    private final int[] group;
    private final byte[] selected;
    private final byte[] favorable;
    private final boolean[] included;

    FairnessStatistic(int[] group, byte[] selected, byte[] favorable, boolean[] included) {
        this.group = group;
        this.selected = selected;
        this.favorable = favorable;
        this.included = included;
    }

    @Override
    public int width() {
        return 3;
    }

    /** Per group: {n, selected, favourable, selected and favourable, selected and not favourable}. */
    double[][] counts(byte[] w) {
        double[][] c = new double[included.length][5];
        for (int i = 0; i < group.length; i++) {
            int g = group[i];
            if (g < 0) {
                continue;
            }
            int wi = w == null ? 1 : w[i];
            double[] x = c[g];
            x[0] += wi;
            x[1] += wi * selected[i];
            x[2] += wi * favorable[i];
            x[3] += wi * selected[i] * favorable[i];
            x[4] += wi * selected[i] * (1 - favorable[i]);
        }
        return c;
    }

    @Override
    public void compute(byte[] w, double[] out, int offset) {
        double[][] c = counts(w);
        double selMin = Double.POSITIVE_INFINITY;
        double selMax = Double.NEGATIVE_INFINITY;
        double tprMin = Double.POSITIVE_INFINITY;
        double tprMax = Double.NEGATIVE_INFINITY;
        double fprMin = Double.POSITIVE_INFINITY;
        double fprMax = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < c.length; g++) {
            double[] x = c[g];
            if (!included[g] || x[0] == 0) {
                continue;
            }
            double sel = x[1] / x[0];
            selMin = Math.min(selMin, sel);
            selMax = Math.max(selMax, sel);
            if (x[2] > 0) {
                double tpr = x[3] / x[2];
                tprMin = Math.min(tprMin, tpr);
                tprMax = Math.max(tprMax, tpr);
            }
            if (x[0] - x[2] > 0) {
                double fpr = x[4] / (x[0] - x[2]);
                fprMin = Math.min(fprMin, fpr);
                fprMax = Math.max(fprMax, fpr);
            }
        }
        boolean any = selMax >= selMin;
        out[offset] = any ? selMax - selMin : Double.NaN;
        out[offset + 1] = !any ? Double.NaN : selMax == 0 ? 1.0 : selMin / selMax;
        double tpr = tprMax >= tprMin ? tprMax - tprMin : Double.NaN;
        double fpr = fprMax >= fprMin ? fprMax - fprMin : Double.NaN;
        out[offset + 2] = Double.isNaN(tpr) ? fpr : Double.isNaN(fpr) ? tpr : Math.max(tpr, fpr);
    }
}
