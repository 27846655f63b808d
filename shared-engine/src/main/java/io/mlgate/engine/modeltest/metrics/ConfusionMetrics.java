package io.mlgate.engine.modeltest.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Accuracy, precision/recall/F1 per class, and their macro and support-weighted averages, from one weighted
 * confusion matrix. Conventions (scikit-learn's with {@code zero_division=0}): precision of a class never predicted
 * is 0 when the class occurs; per-class values of a class that neither occurs nor is predicted are NaN; averages run
 * over the classes that occur or are predicted, counting undefined parts as 0.
 */
public final class ConfusionMetrics implements MetricGroup {
    private static final int LANES = 4;
    private final int k;
    /** {@code true * K + predicted} of each row: one int per row read per pass. */
    private final int[] cell;
    private final List<MetricId> ids = new ArrayList<>();

    public ConfusionMetrics(ClassOutcomes outcomes) {
        this.k = outcomes.classCount();
        this.cell = new int[outcomes.size()];
        for (int i = 0; i < cell.length; i++) {
            cell[i] = outcomes.truth()[i] * k + outcomes.predicted()[i];
        }
        ids.add(MetricId.of(MetricKind.ACCURACY));
        for (MetricKind m : List.of(MetricKind.PRECISION, MetricKind.RECALL, MetricKind.F1)) {
            outcomes.classes().forEach(c -> ids.add(new MetricId(m, c)));
        }
        for (MetricKind m : List.of(MetricKind.MACRO_PRECISION, MetricKind.MACRO_RECALL, MetricKind.MACRO_F1,
                MetricKind.WEIGHTED_PRECISION, MetricKind.WEIGHTED_RECALL, MetricKind.WEIGHTED_F1)) {
            ids.add(MetricId.of(m));
        }
    }

    @Override
    public List<MetricId> ids() {
        return ids;
    }

    /**
     * The weighted confusion matrix: {@code [true][predicted]}. Consecutive rows add into four separate copies of the
     * counts, so a run of rows in the same cell does not wait on its own previous addition.
     */
    public double[][] matrix(byte[] w) {
        int kk = k * k;
        long[] counts = new long[LANES * kk];
        if (w == null) {
            for (int i = 0; i < cell.length; i++) {
                counts[(i & (LANES - 1)) * kk + cell[i]]++;
            }
        } else {
            for (int i = 0; i < cell.length; i++) {
                counts[(i & (LANES - 1)) * kk + cell[i]] += w[i];
            }
        }
        double[][] cm = new double[k][k];
        for (int c = 0; c < counts.length; c++) {
            cm[(c % kk) / k][c % k] += counts[c];
        }
        return cm;
    }

    @Override
    public void compute(byte[] w, double[] out, int offset) {
        double[][] cm = matrix(w);
        double[] support = new double[k];
        double[] predicted = new double[k];
        double total = 0;
        double correct = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                support[a] += cm[a][b];
                predicted[b] += cm[a][b];
                total += cm[a][b];
            }
            correct += cm[a][a];
        }
        int at = offset;
        out[at++] = total == 0 ? Double.NaN : correct / total;
        double[] prec = new double[k];
        double[] rec = new double[k];
        double[] f1 = new double[k];
        for (int c = 0; c < k; c++) {
            boolean present = support[c] > 0 || predicted[c] > 0;
            prec[c] = !present ? Double.NaN : predicted[c] == 0 ? 0 : cm[c][c] / predicted[c];
            rec[c] = support[c] == 0 ? Double.NaN : cm[c][c] / support[c];
            f1[c] = Double.isNaN(prec[c]) || Double.isNaN(rec[c]) ? (present ? 0 : Double.NaN)
                    : prec[c] + rec[c] == 0 ? 0 : 2 * prec[c] * rec[c] / (prec[c] + rec[c]);
        }
        System.arraycopy(prec, 0, out, at, k);
        System.arraycopy(rec, 0, out, at + k, k);
        System.arraycopy(f1, 0, out, at + 2 * k, k);
        at += 3 * k;
        double[][] parts = {prec, rec, f1};
        for (double[] part : parts) {
            out[at++] = average(part, support, predicted, false, total);
        }
        for (double[] part : parts) {
            out[at++] = average(part, support, predicted, true, total);
        }
    }

    private double average(double[] v, double[] support, double[] predicted, boolean bySupport, double total) {
        double sum = 0;
        int n = 0;
        for (int c = 0; c < k; c++) {
            if (support[c] > 0 || predicted[c] > 0) {
                double x = Double.isNaN(v[c]) ? 0 : v[c];
                sum += bySupport ? x * support[c] : x;
                n++;
            }
        }
        if (bySupport) {
            return total == 0 ? Double.NaN : sum / total;
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
