package io.mlgate.engine.modeltest.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * McNemar's comparison of two classifiers' accuracy on the same rows, from the discordant pairs only:
 * {@code b} rows the champion gets right and the challenger wrong, {@code c} the reverse.
 * <ul>
 *   <li>difference (challenger - champion) {@code d = (c - b) / n}, with the Wald standard error of a paired
 *       difference of proportions {@code sqrt(b + c - (c - b)^2 / n) / n} (Agresti, Categorical Data Analysis,
 *       10.1); its one-sided lower bound decides non-inferiority against a margin;</li>
 *   <li>the exact two-sided McNemar p-value for "no difference": binomial test of {@code min(b, c)} out of
 *       {@code b + c} at 1/2.</li>
 * </ul>
 */
public record McNemar(long b, long c, long n, double difference, double standardError, double pValue) {

    public static McNemar of(boolean[] championCorrect, boolean[] challengerCorrect) {
        long b = 0;
        long c = 0;
        for (int i = 0; i < championCorrect.length; i++) {
            if (championCorrect[i] && !challengerCorrect[i]) {
                b++;
            } else if (!championCorrect[i] && challengerCorrect[i]) {
                c++;
            }
        }
        long n = championCorrect.length;
        double d = n == 0 ? Double.NaN : (double) (c - b) / n;
        double var = (b + c) - (double) (c - b) * (c - b) / n;
        double se = n == 0 ? Double.NaN : Math.sqrt(Math.max(0, var)) / n;
        return new McNemar(b, c, n, d, se, exactP(b, c));
    }

    /** Exact two-sided p-value: {@code min(1, 2 P(X <= min(b, c)))}, X ~ Binomial(b + c, 1/2); 1 with no discordant pair. */
    static double exactP(long b, long c) {
        long m = b + c;
        if (m == 0) {
            return 1.0;
        }
        if (m > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many discordant pairs for the exact test");
        }
        double p = 2 * new BinomialDistribution(null, (int) m, 0.5).cumulativeProbability((int) Math.min(b, c));
        return Math.min(1.0, p);
    }

    /** One-sided lower confidence bound of the difference at {@code confidence} (normal approximation). */
    public double lowerBound(double confidence) {
        return difference - Normal.quantile(confidence) * standardError;
    }
}
