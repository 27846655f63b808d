package io.mlgate.engine.modeltest.metrics;

import io.mlgate.engine.modeltest.stats.Weights;

import java.util.List;

/**
 * Log loss, Brier score and expected calibration error, for models whose scores are probabilities.
 * <ul>
 *   <li>log loss: mean of {@code -ln p(true class)}, with p clipped to [1e-15, 1];</li>
 *   <li>Brier: two classes, mean of {@code (p(positive) - y)^2} (scikit-learn's {@code brier_score_loss});
 *       more classes, mean of {@code sum_k (p_k - y_k)^2} (Brier's original multi-class score);</li>
 *   <li>ECE: rows binned by the confidence of the predicted class into {@value #BINS} equal-width bins;
 *       {@code sum_b (n_b / n) |accuracy_b - mean confidence_b|}.</li>
 * </ul>
 */
public final class ProbabilityMetrics implements MetricGroup {
    /** Calibration bins over [0, 1]. */
    public static final int BINS = 10;
    static final double EPS = 1e-15;
    private static final List<MetricId> IDS = List.of(MetricId.of(MetricKind.LOG_LOSS), MetricId.of(MetricKind.BRIER),
            MetricId.of(MetricKind.ECE));

    private final double[] logLoss;
    private final double[] brier;
    private final double[] confidence;
    /** Calibration bin of each row. */
    private final byte[] bin;
    /** -1 (all bits set) where the predicted class is the true one, else 0: a mask for integer sums. */
    private final byte[] correct;

    public ProbabilityMetrics(ClassOutcomes o) {
        if (!o.probabilities()) {
            throw new IllegalArgumentException("probability metrics need probabilities");
        }
        int n = o.size();
        int k = o.classCount();
        logLoss = new double[n];
        brier = new double[n];
        confidence = new double[n];
        bin = new byte[n];
        correct = new byte[n];
        for (int i = 0; i < n; i++) {
            int t = o.truth()[i];
            logLoss[i] = -Math.log(Math.min(1, Math.max(EPS, o.score(i, t))));
            if (o.binary()) {
                double d = o.score(i, o.positive()) - (t == o.positive() ? 1 : 0);
                brier[i] = d * d;
            } else {
                double s = 0;
                for (int c = 0; c < k; c++) {
                    double d = o.score(i, c) - (c == t ? 1 : 0);
                    s += d * d;
                }
                brier[i] = s;
            }
            confidence[i] = o.score(i, o.predicted()[i]);
            bin[i] = (byte) binOf(confidence[i]);
            correct[i] = (byte) (o.predicted()[i] == t ? -1 : 0);
        }
    }

    /** Bin of a confidence in [0, 1]; 1.0 falls into the last bin. */
    public static int binOf(double confidence) {
        return Math.max(0, Math.min(BINS - 1, (int) (confidence * BINS)));
    }

    @Override
    public List<MetricId> ids() {
        return IDS;
    }

    /**
     * One pass. Per-bin sums are kept in locals while consecutive rows share a bin and flushed when the bin changes:
     * rows sorted by score (see {@code Measurement}) change bin a few dozen times, so the loop runs at memory speed.
     * Weights and right answers are counted in integers; the other sums read each weight as a double from
     * {@link Weights#of}, not through a conversion instruction (three times faster here).
     */
    @Override
    public void compute(byte[] w, double[] out, int offset) {
        double ll = 0;
        double br = 0;
        long[] binW = new long[BINS];
        double[] binConf = new double[BINS];
        long[] binRight = new long[BINS];
        int cur = 0;
        long accW = 0;
        double accConf = 0;
        long accRight = 0;
        for (int i = 0; i < logLoss.length; i++) {
            int b = bin[i];
            if (b != cur) {
                binW[cur] += accW;
                binConf[cur] += accConf;
                binRight[cur] += accRight;
                accW = 0;
                accConf = 0;
                accRight = 0;
                cur = b;
            }
            int wi = w == null ? 1 : w[i];
            double wd = w == null ? 1 : Weights.of(w[i]);
            ll += wd * logLoss[i];
            br += wd * brier[i];
            accConf += wd * confidence[i];
            accW += wi;
            accRight += wi & correct[i];
        }
        binW[cur] += accW;
        binConf[cur] += accConf;
        binRight[cur] += accRight;
        double sw = 0;
        for (double x : binW) {
            sw += x;
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (binW[b] > 0) {
                ece += Math.abs(binRight[b] - binConf[b]) / sw;
            }
        }
        out[offset] = sw == 0 ? Double.NaN : ll / sw;
        out[offset + 1] = sw == 0 ? Double.NaN : br / sw;
        out[offset + 2] = sw == 0 ? Double.NaN : ece;
    }
}
