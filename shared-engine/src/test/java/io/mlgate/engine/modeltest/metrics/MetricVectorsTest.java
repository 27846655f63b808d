package io.mlgate.engine.modeltest.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tiny inline vectors with known metric values. Where a value is from scikit-learn's documentation the test says so;
 * the rest are worked by hand in the comments from the definitions in the metric classes.
 */
class MetricVectorsTest {
    private static final double EPS = 1e-6;

    /** Binary: truth 1,1,0,0,1,0; P(1) = .9,.4,.35,.1,.8,.6; predicted at 0.5: 1,0,0,0,1,1. Classes [0, 1], positive 1. */
    static ClassOutcomes binary() {
        double[] p1 = {0.9, 0.4, 0.35, 0.1, 0.8, 0.6};
        double[] scores = new double[12];
        for (int i = 0; i < 6; i++) {
            scores[2 * i] = 1 - p1[i];
            scores[2 * i + 1] = p1[i];
        }
        return new ClassOutcomes(List.of("0", "1"), new int[]{1, 1, 0, 0, 1, 0}, new int[]{1, 0, 0, 0, 1, 1}, scores,
                true, 1);
    }

    private static double metric(Evaluation e, String id) {
        double[] v = e.compute(null);
        for (int i = 0; i < e.ids().size(); i++) {
            if (e.ids().get(i).toString().equals(id)) {
                return v[i];
            }
        }
        throw new AssertionError("no metric " + id + " in " + e.ids());
    }

    @Test
    void binaryClassification() {
        Evaluation e = Evaluation.of(binary());
        // TP 2 (rows 0, 4), FN 1 (row 1), FP 1 (row 5), TN 2: accuracy 4/6, every precision and recall 2/3
        assertThat(metric(e, "accuracy")).isCloseTo(4.0 / 6, within(EPS));
        assertThat(metric(e, "precision:1")).isCloseTo(2.0 / 3, within(EPS));
        assertThat(metric(e, "recall:0")).isCloseTo(2.0 / 3, within(EPS));
        assertThat(metric(e, "macro_f1")).isCloseTo(2.0 / 3, within(EPS));
        // positives .9 .8 .4 against negatives .6 .35 .1: 3 + 3 + 2 of 9 pairs ordered right
        assertThat(metric(e, "roc_auc")).isCloseTo(8.0 / 9, within(EPS));
        // ranked .9P .8P .6N .4P .35N .1N: precision 1, 1, 3/4 at each recall step of 1/3
        assertThat(metric(e, "pr_auc")).isCloseTo((1 + 1 + 0.75) / 3, within(EPS));
        // -ln of p(true) = .9 .4 .65 .9 .8 .4, averaged
        double ll = -(Math.log(.9) + Math.log(.4) + Math.log(.65) + Math.log(.9) + Math.log(.8) + Math.log(.4)) / 6;
        assertThat(metric(e, "log_loss")).isCloseTo(ll, within(EPS)).isCloseTo(0.4495382, within(EPS));
        // (p1 - y)^2 = .01 .36 .1225 .01 .04 .36 -> 0.9025 / 6
        assertThat(metric(e, "brier")).isCloseTo(0.9025 / 6, within(EPS));
        // confidence of the predicted class .9 .6 .65 .9 .8 .6; bin 6 holds rows 1, 2, 5 (1 right, confidence 1.85),
        // bin 8 row 4 (right, .8), bin 9 rows 0, 3 (both right, 1.8): (.85 + .2 + .2) / 6
        assertThat(metric(e, "ece")).isCloseTo(1.25 / 6, within(EPS));
    }

    @Test
    void multiclassMatchesScikitLearnClassificationReport() {
        // scikit-learn classification_report docs: y_true = [0, 1, 2, 2, 2], y_pred = [0, 0, 2, 2, 1]
        ClassOutcomes o = new ClassOutcomes(List.of("0", "1", "2"), new int[]{0, 1, 2, 2, 2}, new int[]{0, 0, 2, 2, 1},
                null, false, -1);
        Evaluation e = Evaluation.of(o);
        assertThat(metric(e, "accuracy")).isCloseTo(0.6, within(EPS));
        assertThat(metric(e, "precision:0")).isCloseTo(0.5, within(EPS));
        assertThat(metric(e, "precision:1")).isCloseTo(0.0, within(EPS));
        assertThat(metric(e, "recall:2")).isCloseTo(2.0 / 3, within(EPS));
        assertThat(metric(e, "f1:2")).isCloseTo(0.8, within(EPS));
        assertThat(metric(e, "macro_precision")).isCloseTo(0.5, within(EPS));
        assertThat(metric(e, "macro_f1")).isCloseTo((2.0 / 3 + 0 + 0.8) / 3, within(EPS));
        assertThat(metric(e, "weighted_precision")).isCloseTo(0.7, within(EPS));
        assertThat(metric(e, "weighted_f1")).isCloseTo((2.0 / 3 + 0 + 3 * 0.8) / 5, within(EPS));
        assertThat(e.notes()).hasSize(2);
    }

    @Test
    void regressionMatchesScikitLearnExamples() {
        // scikit-learn docs (mean_squared_error, r2_score, mean_absolute_percentage_error):
        // y_true = [3, -0.5, 2, 7], y_pred = [2.5, 0.0, 2, 8]: MSE 0.375, MAE 0.5, R2 0.9486..., MAPE 0.32738...
        Evaluation e = Evaluation.of(new RegressionOutcomes(new double[]{3, -0.5, 2, 7}, new double[]{2.5, 0, 2, 8}));
        assertThat(metric(e, "rmse")).isCloseTo(Math.sqrt(0.375), within(EPS));
        assertThat(metric(e, "mae")).isCloseTo(0.5, within(EPS));
        assertThat(metric(e, "r2")).isCloseTo(0.9486081370449679, within(EPS));
        assertThat(metric(e, "mape")).isCloseTo(0.3273809523809524, within(EPS));
    }

    @Test
    void weightsActLikeRepeatedRows() {
        ClassOutcomes o = binary();
        Evaluation e = Evaluation.of(o);
        byte[] w = {2, 0, 1, 1, 3, 0};
        double[] weighted = e.compute(w);
        int[] rows = {0, 0, 2, 3, 4, 4, 4};
        double[] s = new double[rows.length * 2];
        int[] t = new int[rows.length];
        int[] p = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            t[i] = o.truth()[rows[i]];
            p[i] = o.predicted()[rows[i]];
            s[2 * i] = o.score(rows[i], 0);
            s[2 * i + 1] = o.score(rows[i], 1);
        }
        double[] copied = Evaluation.of(new ClassOutcomes(o.classes(), t, p, s, true, 1)).compute(null);
        assertThat(weighted).containsExactly(copied, within(1e-6));
    }

    /**
     * The fast weighted passes (untied scores, tied scores, one class against the rest with three classes) against the
     * plain computation on the rows copied as often as their weight, on random data and Poisson weights.
     */
    @Test
    void weightedPassesMatchCopiedRowsOnRandomData() {
        java.util.Random rnd = new java.util.Random(11);
        for (int classes : new int[]{2, 3}) {
            for (int decimals : new int[]{0, 1}) {
                int n = 500;
                int[] t = new int[n];
                int[] p = new int[n];
                double[] s = new double[n * classes];
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int c = 0; c < classes; c++) {
                        double x = rnd.nextDouble() + 0.05;
                        s[i * classes + c] = decimals == 0 ? x : Math.round(x * 10) / 10.0 + 0.05;
                        sum += s[i * classes + c];
                    }
                    int best = 0;
                    for (int c = 0; c < classes; c++) {
                        s[i * classes + c] /= sum;
                        best = s[i * classes + c] > s[i * classes + best] ? c : best;
                    }
                    p[i] = best;
                    t[i] = rnd.nextDouble() < 0.7 ? best : rnd.nextInt(classes);
                }
                List<String> names = classes == 2 ? List.of("a", "b") : List.of("a", "b", "c");
                ClassOutcomes o = new ClassOutcomes(names, t, p, s, true, classes == 2 ? 1 : -1);
                byte[] w = new byte[n];
                io.mlgate.engine.modeltest.stats.PoissonWeights.fill(w, 5 + classes + decimals);
                int copies = 0;
                for (byte x : w) {
                    copies += x;
                }
                int[] ct = new int[copies];
                int[] cp = new int[copies];
                double[] cs = new double[copies * classes];
                int at = 0;
                for (int i = 0; i < n; i++) {
                    for (int r = 0; r < w[i]; r++, at++) {
                        ct[at] = t[i];
                        cp[at] = p[i];
                        System.arraycopy(s, i * classes, cs, at * classes, classes);
                    }
                }
                double[] copied = Evaluation.of(new ClassOutcomes(names, ct, cp, cs, true, o.positive())).compute(null);
                assertThat(Evaluation.of(o).compute(w)).as("%d classes, %d decimals", classes, decimals)
                        .containsExactly(copied, within(1e-9));
            }
        }
    }

    @Test
    void aucCountsTiesHalf() {
        // one positive and one negative with the same score: AUC 1/2
        ClassOutcomes o = new ClassOutcomes(List.of("a", "b"), new int[]{1, 0}, new int[]{1, 1},
                new double[]{0.3, 0.7, 0.3, 0.7}, true, 1);
        assertThat(metric(Evaluation.of(o), "roc_auc")).isCloseTo(0.5, within(EPS));
    }
}
