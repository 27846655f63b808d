package io.mlgate.engine.modeltest.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * ROC and precision-recall curves of one class and the calibration (reliability) table, for reports. Curves have a
 * point per distinct score threshold, thinned to at most about {@value #MAX_POINTS} points (a point is kept when it
 * moves at least 1/{@value #MAX_POINTS} along either axis), so a million rows still draw quickly.
 */
public final class Curves {
    public static final int MAX_POINTS = 200;

    private Curves() {
    }

    /** A point of a curve: ROC (x = false positive rate, y = true positive rate) or PR (x = recall, y = precision). */
    public record Point(double x, double y) {
    }

    /** One calibration bin: rows whose predicted-class probability falls in [lower, upper). */
    public record CalibrationBin(double lower, double upper, long count, double confidence, double accuracy) {
    }

    /** ROC and PR curves of class {@code cls} against the rest; empty lists when the class or its complement is absent. */
    public static List<List<Point>> rocAndPr(ClassOutcomes o, int cls) {
        ScoreOrder order = ScoreOrder.of(o, cls);
        double p = 0;
        for (double b : order.positive()) {
            p += b;
        }
        double n = order.rows().length - p;
        List<Point> roc = new ArrayList<>();
        List<Point> pr = new ArrayList<>();
        if (p == 0 || n == 0) {
            return List.of(roc, pr);
        }
        roc.add(new Point(0, 0));
        double tp = 0;
        double fp = 0;
        for (int i = 0; i < order.rows().length; i++) {
            if (order.positive()[i] == 1) {
                tp++;
            } else {
                fp++;
            }
            if (order.groupEnd()[i]) {
                add(roc, new Point(fp / n, tp / p), i == order.rows().length - 1);
                if (tp > 0) {
                    add(pr, new Point(tp / p, tp / (tp + fp)), i == order.rows().length - 1);
                }
            }
        }
        return List.of(roc, pr);
    }

    private static void add(List<Point> curve, Point pt, boolean last) {
        if (curve.isEmpty() || last) {
            curve.add(pt);
            return;
        }
        Point prev = curve.get(curve.size() - 1);
        if (Math.abs(pt.x() - prev.x()) >= 1.0 / MAX_POINTS || Math.abs(pt.y() - prev.y()) >= 1.0 / MAX_POINTS) {
            curve.add(pt);
        }
    }

    /** The calibration table of a model with probabilities: the bins of {@link ProbabilityMetrics}, empty ones left out. */
    public static List<CalibrationBin> calibration(ClassOutcomes o) {
        int bins = ProbabilityMetrics.BINS;
        long[] count = new long[bins];
        double[] conf = new double[bins];
        double[] right = new double[bins];
        for (int i = 0; i < o.size(); i++) {
            double c = o.score(i, o.predicted()[i]);
            int b = ProbabilityMetrics.binOf(c);
            count[b]++;
            conf[b] += c;
            right[b] += o.predicted()[i] == o.truth()[i] ? 1 : 0;
        }
        List<CalibrationBin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                out.add(new CalibrationBin((double) b / bins, (double) (b + 1) / bins, count[b], conf[b] / count[b],
                        right[b] / count[b]));
            }
        }
        return out;
    }
}
