package io.mlgate.engine.modeltest.stats;

import java.util.Arrays;

/**
 * DeLong, DeLong and Clarke-Pearson (1988): the variance of the difference of two correlated ROC AUCs measured on
 * the same rows, computed with midranks in O(n log n) (Sun and Xu 2014). Ties count half.
 *
 * @param aucA          AUC of the first model (the champion)
 * @param aucB          AUC of the second model (the challenger)
 * @param standardError standard error of {@code aucB - aucA}
 */
public record DeLong(double aucA, double aucB, double standardError) {

    /** @param positive which rows are positives; {@code a}, {@code b}: each model's score of the positive class */
    public static DeLong of(boolean[] positive, double[] a, double[] b) {
        int m = 0;
        for (boolean p : positive) {
            m += p ? 1 : 0;
        }
        int n = positive.length - m;
        if (m < 2 || n < 2) {
            return new DeLong(Double.NaN, Double.NaN, Double.NaN);
        }
        double[][] v10 = new double[2][];
        double[][] v01 = new double[2][];
        double[] auc = new double[2];
        double[][] scores = {a, b};
        for (int r = 0; r < 2; r++) {
            double[] x = new double[m];
            double[] y = new double[n];
            int i = 0;
            int j = 0;
            for (int k = 0; k < positive.length; k++) {
                if (positive[k]) {
                    x[i++] = scores[r][k];
                } else {
                    y[j++] = scores[r][k];
                }
            }
            double[] z = new double[m + n];
            System.arraycopy(x, 0, z, 0, m);
            System.arraycopy(y, 0, z, m, n);
            double[] tz = midranks(z);
            double[] tx = midranks(x);
            double[] ty = midranks(y);
            v10[r] = new double[m];
            v01[r] = new double[n];
            double sum = 0;
            for (i = 0; i < m; i++) {
                v10[r][i] = (tz[i] - tx[i]) / n;
                sum += v10[r][i];
            }
            for (j = 0; j < n; j++) {
                v01[r][j] = 1 - (tz[m + j] - ty[j]) / m;
            }
            auc[r] = sum / m;
        }
        double var = (cov(v10[0], v10[0]) + cov(v10[1], v10[1]) - 2 * cov(v10[0], v10[1])) / m
                + (cov(v01[0], v01[0]) + cov(v01[1], v01[1]) - 2 * cov(v01[0], v01[1])) / n;
        return new DeLong(auc[0], auc[1], Math.sqrt(Math.max(0, var)));
    }

    public double difference() {
        return aucB - aucA;
    }

    /** One-sided lower confidence bound of {@code aucB - aucA}. */
    public double lowerBound(double confidence) {
        return difference() - Normal.quantile(confidence) * standardError;
    }

    /** Two-sided p-value of "equal AUCs". */
    public double pValue() {
        if (standardError == 0 || Double.isNaN(standardError)) {
            return difference() == 0 ? 1 : 0;
        }
        return 2 * (1 - Normal.cdf(Math.abs(difference()) / standardError));
    }

    /** 1-based ranks of {@code v}, ties given the mean of their ranks. */
    static double[] midranks(double[] v) {
        int n = v.length;
        long[] keys = new long[n];
        double[] distinct = v.clone();
        Arrays.sort(distinct);
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) Arrays.binarySearch(distinct, v[i]) << 32) | i;
        }
        Arrays.sort(keys);
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[(int) keys[j + 1]] == v[(int) keys[i]]) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[(int) keys[k]] = mid;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double cov(double[] p, double[] q) {
        double mp = Arrays.stream(p).average().orElse(0);
        double mq = Arrays.stream(q).average().orElse(0);
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += (p[i] - mp) * (q[i] - mq);
        }
        return s / (p.length - 1);
    }
}
