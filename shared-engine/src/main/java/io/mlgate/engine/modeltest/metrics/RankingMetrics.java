package io.mlgate.engine.modeltest.metrics;

import io.mlgate.engine.modeltest.stats.Weights;

import java.util.ArrayList;
import java.util.List;

/**
 * ROC AUC and PR AUC (average precision) from scores. With two classes they are computed for the positive class;
 * with more, one class against the rest for each class that occurs, then averaged (macro). Ties count half in ROC
 * AUC (the Mann-Whitney statistic); average precision is {@code sum_n (R_n - R_{n-1}) P_n} over distinct score
 * thresholds, as scikit-learn's {@code average_precision_score}.
 */
public final class RankingMetrics implements MetricGroup {
    private static final List<MetricId> IDS = List.of(MetricId.of(MetricKind.ROC_AUC), MetricId.of(MetricKind.PR_AUC));
    private final List<ScoreOrder> orders = new ArrayList<>();

    public RankingMetrics(ClassOutcomes o) {
        if (o.scores() == null) {
            throw new IllegalArgumentException("ranking metrics need scores");
        }
        if (o.binary()) {
            orders.add(ScoreOrder.of(o, o.positive()));
        } else {
            for (int c = 0; c < o.classCount(); c++) {
                orders.add(ScoreOrder.of(o, c));
            }
        }
    }

    @Override
    public List<MetricId> ids() {
        return IDS;
    }

    @Override
    public void compute(byte[] w, double[] out, int offset) {
        double aucSum = 0;
        double apSum = 0;
        int used = 0;
        double[] r = new double[2];
        for (ScoreOrder order : orders) {
            if (oneClass(order, w, r)) {
                aucSum += r[0];
                apSum += r[1];
                used++;
            }
        }
        out[offset] = used == 0 ? Double.NaN : aucSum / used;
        out[offset + 1] = used == 0 ? Double.NaN : apSum / used;
    }

    /**
     * ROC AUC and AP of one class into r; false when the weighted rows hold no positive or no negative. Sums stay in
     * doubles read from tables (whole numbers, so they are exact up to 2^53); when no two scores tie, every row is its
     * own group and the pass needs no group bookkeeping.
     */
    static boolean oneClass(ScoreOrder order, byte[] w, double[] r) {
        int[] rows = order.rows();
        boolean[] end = order.groupEnd();
        double[] pos = order.positive();
        boolean sequential = order.sequential();
        double tp = 0;
        double fp = 0;
        double auc = 0;
        double ap = 0;
        if (order.distinct()) {
            for (int i = 0; i < rows.length; i++) {
                double wi = w == null ? 1 : Weights.of(w[sequential ? i : rows[i]]);
                double wp = wi * pos[i];
                auc += (wi - wp) * tp;
                tp += wp;
                fp += wi - wp;
                ap += wp * tp / (tp + fp + Double.MIN_VALUE);
            }
        } else {
            double gp = 0;
            double gn = 0;
            for (int i = 0; i < rows.length; i++) {
                double wi = w == null ? 1 : Weights.of(w[sequential ? i : rows[i]]);
                double wp = wi * pos[i];
                gp += wp;
                gn += wi - wp;
                if (end[i]) {
                    auc += gn * (tp + 0.5 * gp);
                    tp += gp;
                    fp += gn;
                    ap += gp * tp / (tp + fp + Double.MIN_VALUE);
                    gp = 0;
                    gn = 0;
                }
            }
        }
        if (tp == 0 || fp == 0) {
            return false;
        }
        r[0] = auc / (tp * fp);
        r[1] = ap / tp;
        return true;
    }
}
