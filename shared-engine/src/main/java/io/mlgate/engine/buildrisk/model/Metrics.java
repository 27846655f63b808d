package io.mlgate.engine.buildrisk.model;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How well predictions of "broken" match outcomes: the confusion counts at a threshold and the measures derived from
 * them (precision, recall and F1 on broken builds), and ROC AUC from the scores. A measure whose denominator is zero
 * is {@code NaN}.
 */
public record Metrics(int tp, int fp, int fn, int tn, double auc) {

    /** Scores at or above {@code threshold} predict broken. */
    public static Metrics of(double[] scores, boolean[] broken, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean p = scores[i] >= threshold;
            if (p && broken[i]) {
                tp++;
            } else if (p) {
                fp++;
            } else if (broken[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Metrics(tp, fp, fn, tn, auc(scores, broken));
    }

    public int total() {
        return tp + fp + fn + tn;
    }

    /** Builds called broken. */
    public int alarms() {
        return tp + fp;
    }

    /** Builds that broke. */
    public int broken() {
        return tp + fn;
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** F1 on broken builds; 0 when nothing broken was predicted or found but there were builds. */
    public double f1() {
        return tp == 0 ? (tp + fp + fn == 0 ? Double.NaN : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public double accuracy() {
        return ratio(tp + tn, total());
    }

    /** Share of builds that broke. */
    public double brokenShare() {
        return ratio(broken(), total());
    }

    /** These counts with another ROC AUC: for yes/no calls whose ranking is a model's scores (NaN: none). */
    public Metrics withAuc(double rocAuc) {
        return new Metrics(tp, fp, fn, tn, rocAuc);
    }

    /** Whether F1 on broken builds is above {@code other}'s; an undefined F1 loses, to an undefined one too. */
    public boolean beats(Metrics other) {
        double mine = f1();
        return !Double.isNaN(mine) && (Double.isNaN(other.f1()) || mine > other.f1());
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    /**
     * ROC AUC: the probability that a random broken build scores above a random passing one, ties counting half
     * (the Mann-Whitney statistic with average ranks). {@code NaN} without both kinds of build.
     */
    public static double auc(double[] scores, boolean[] broken) {
        int n = scores.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[idx[j + 1]] == scores[idx[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (broken[idx[k]]) {
                    rankSumPos += avgRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
