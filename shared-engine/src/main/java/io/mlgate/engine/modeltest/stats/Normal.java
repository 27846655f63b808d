package io.mlgate.engine.modeltest.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Standard normal quantiles (Commons Math). */
public final class Normal {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Normal() {
    }

    /** {@code z} with {@code P(Z <= z) = p}; 1.6449 for 0.95. */
    public static double quantile(double p) {
        return STANDARD.inverseCumulativeProbability(p);
    }

    public static double cdf(double z) {
        return STANDARD.cumulativeProbability(z);
    }
}
