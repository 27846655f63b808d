package io.mlgate.engine.buildrisk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How well the model's risks match how often builds broke, on test builds: the Brier score beside the previous-outcome
 * rates' (the baseline as a probability), the broken builds the risks add up to against those that broke, and the
 * builds by risk band ({@value #BANDS} equal bands; empty ones left out) with the mean risk and the share that broke.
 *
 * @param brier         mean squared difference between risk and outcome (0 best; NaN without builds)
 * @param baselineBrier the same for the previous-outcome rates
 * @param expected      the sum of the risks: broken builds a calibrated model expects
 * @param observed      broken builds
 * @param bands         the non-empty risk bands, lowest first
 */
public record Reliability(double brier, double baselineBrier, double expected, int observed, List<Band> bands) {
    public static final int BANDS = 10;

    /** Builds whose risk is in [lower, upper) (the top band includes 1). */
    public record Band(double lower, double upper, int builds, double meanRisk, double brokenShare) {
    }

    public Reliability {
        bands = List.copyOf(bands);
    }

    public static Reliability of(TestScores s) {
        int n = s.size();
        double sq = 0;
        double sqBase = 0;
        double expected = 0;
        int[] count = new int[BANDS];
        double[] riskSum = new double[BANDS];
        int[] brokenIn = new int[BANDS];
        for (int i = 0; i < n; i++) {
            double y = s.broken()[i] ? 1 : 0;
            double r = s.risk()[i];
            sq += (r - y) * (r - y);
            sqBase += (s.baselineRate()[i] - y) * (s.baselineRate()[i] - y);
            expected += r;
            int b = Math.min(BANDS - 1, Math.max(0, (int) Math.floor(r * BANDS)));
            count[b]++;
            riskSum[b] += r;
            brokenIn[b] += s.broken()[i] ? 1 : 0;
        }
        List<Band> bands = new ArrayList<>();
        for (int b = 0; b < BANDS; b++) {
            if (count[b] > 0) {
                bands.add(new Band((double) b / BANDS, (double) (b + 1) / BANDS, count[b], riskSum[b] / count[b],
                        (double) brokenIn[b] / count[b]));
            }
        }
        return new Reliability(n == 0 ? Double.NaN : sq / n, n == 0 ? Double.NaN : sqBase / n, expected,
                s.brokenCount(), bands);
    }
}
