package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.buildrisk.model.Evaluation;
import io.mlgate.engine.buildrisk.model.Metrics;
import io.mlgate.engine.buildrisk.model.Reliability;
import io.mlgate.engine.buildrisk.model.TestScores;
import io.mlgate.engine.modeltest.metrics.ClassOutcomes;
import io.mlgate.engine.modeltest.metrics.Curves;
import io.mlgate.engine.report.UnitChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The charts in the HTML report of an evaluation (its test builds) or of the builds recorded with their risk: the
 * model's ROC curve beside the previous-outcome baseline's (one point: its calls), and the reliability diagram of the
 * risk bands (dashed: perfectly calibrated).
 */
final class EvaluationCharts {
    private EvaluationCharts() {
    }

    static String html(Evaluation ev, Reliability r) {
        return html(ev.scores(), ev.model(), ev.baseline(), r, "the test builds");
    }

    /** The charts of {@code scores}, the builds {@code which} names ("the test builds"). */
    static String html(TestScores scores, Metrics model, Metrics baseline, Reliability r, String which) {
        StringBuilder h = new StringBuilder("<div class=\"body\" style=\"display:flex;flex-wrap:wrap;gap:16px\">\n");
        List<UnitChart.Point> roc = roc(scores);
        if (!roc.isEmpty()) {
            Metrics b = baseline;
            double fpr = (double) b.fp() / (b.fp() + b.tn());
            List<UnitChart.Point> base = List.of(new UnitChart.Point(0, 0), new UnitChart.Point(fpr, b.recall()),
                    new UnitChart.Point(1, 1));
            String mark = String.format(Locale.ROOT, "previous-outcome baseline: false positive rate %s, recall %s",
                    Text.num(fpr), Text.num(b.recall()));
            UnitChart.figure(h, UnitChart.draw("roc", "ROC curve of " + which, "false positive rate", "recall", true,
                    List.of(new UnitChart.Series("model", roc, null),
                            new UnitChart.Series("previous-outcome baseline", base, List.of("", mark, "")))),
                    "ROC on " + which + ": the model (" + UnitChart.PALETTE[0] + ", AUC " + Text.num(model.auc())
                            + ") and the previous-outcome baseline (" + UnitChart.PALETTE[1] + ", AUC "
                            + Text.num(baseline.auc()) + ")");
        }
        if (!r.bands().isEmpty()) {
            List<UnitChart.Point> pts = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            for (Reliability.Band b : r.bands()) {
                pts.add(new UnitChart.Point(b.meanRisk(), b.brokenShare()));
                marks.add(String.format(Locale.ROOT, "risk %.1f-%.1f: %d builds, mean risk %s, %s broke", b.lower(),
                        b.upper(), b.builds(), Text.percent(b.meanRisk()), Text.percent(b.brokenShare())));
            }
            UnitChart.figure(h, UnitChart.draw("calibration", "Calibration of the risks", "mean risk of the band",
                    "share of its builds that broke", true, List.of(new UnitChart.Series("risk bands", pts, marks))),
                    "Calibration on " + which + " by risk band (dashed: perfectly calibrated)");
        }
        return h.append("</div>\n").toString();
    }

    /** The model's ROC curve on the test builds; empty without both broken and passing builds. */
    static List<UnitChart.Point> roc(TestScores s) {
        int n = s.size();
        int[] truth = new int[n];
        int[] predicted = new int[n];
        double[] scores = new double[2 * n];
        for (int i = 0; i < n; i++) {
            truth[i] = s.broken()[i] ? 1 : 0;
            predicted[i] = s.risk()[i] >= 0.5 ? 1 : 0;
            scores[2 * i] = 1 - s.risk()[i];
            scores[2 * i + 1] = s.risk()[i];
        }
        ClassOutcomes o = new ClassOutcomes(List.of("passed", "broken"), truth, predicted, scores, true, 1);
        List<UnitChart.Point> roc = new ArrayList<>();
        for (Curves.Point p : Curves.rocAndPr(o, 1).get(0)) {
            roc.add(new UnitChart.Point(p.x(), p.y()));
        }
        return roc;
    }
}
