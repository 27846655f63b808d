package io.mlgate.engine.modeltest.report;

import io.mlgate.engine.modeltest.metrics.Curves;
import io.mlgate.engine.modeltest.metrics.MetricValue;
import io.mlgate.engine.report.HtmlText;
import io.mlgate.engine.report.UnitChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The section in HTML: the metrics table, ROC, PR and calibration charts, and the confusion matrix. */
final class ModelSectionHtml {
    private ModelSectionHtml() {
    }

    static String of(ModelResults r) {
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<p class=\"meta\">").append(HtmlText.escape(r.model()));
        r.baseline().ifPresent(b -> h.append(" against baseline ").append(HtmlText.escape(b)));
        h.append(" · ").append(r.rows()).append(" test rows · ").append(HtmlText.escape(r.task().yamlName()));
        r.positiveClass().ifPresent(p -> h.append(", positive class <code>").append(HtmlText.escape(p)).append("</code>"));
        h.append(" · ").append(HtmlText.escape(ModelSectionMarkdown.Header.bootstrap(r)));
        h.append(String.format(Locale.ROOT, " · predicted in %d ms (%s rows/s)</p>\n", r.predictMillis(),
                Fmt.num(r.rowsPerSecond())));
        metrics(h, r);
        charts(h, r);
        confusion(h, r);
        if (!r.notes().isEmpty()) {
            h.append("<ul class=\"notes\">");
            r.notes().forEach(n -> h.append("<li>").append(HtmlText.escape(n)).append("</li>"));
            h.append("</ul>\n");
        }
        return h.toString();
    }

    private static void metrics(StringBuilder h, ModelResults r) {
        boolean base = !r.baselineMetrics().isEmpty();
        String ci = String.format(Locale.ROOT, "%.0f%% interval", r.bootstrap().confidence() * 100);
        h.append("<table class=\"model-metrics\"><thead><tr><th>metric</th><th>value</th><th>").append(ci).append("</th>");
        if (base) {
            h.append("<th>baseline</th><th>change</th><th>change ").append(ci).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (int i = 0; i < r.metrics().size(); i++) {
            MetricValue m = r.metrics().get(i);
            h.append("<tr><td><code>").append(HtmlText.escape(m.id().toString())).append("</code></td><td class=\"num\">")
                    .append(Fmt.num(m.value())).append("</td><td class=\"num\">").append(Fmt.interval(m)).append("</td>");
            if (base) {
                MetricValue d = r.differences().get(i);
                h.append("<td class=\"num\">").append(Fmt.num(r.baselineMetrics().get(i).value()))
                        .append("</td><td class=\"num\">").append(Fmt.signed(d.value())).append("</td><td class=\"num\">")
                        .append(Fmt.signedInterval(d)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void charts(StringBuilder h, ModelResults r) {
        List<UnitChart.Series> roc = new ArrayList<>();
        List<UnitChart.Series> pr = new ArrayList<>();
        for (ClassCurves c : r.curves().subList(0, Math.min(UnitChart.PALETTE.length, r.curves().size()))) {
            roc.add(new UnitChart.Series("ROC of class " + c.cls(), points(c.roc()), null));
            pr.add(new UnitChart.Series("precision-recall of class " + c.cls(), points(c.pr()), null));
        }
        if (roc.isEmpty() && r.calibration().isEmpty()) {
            return;
        }
        h.append("<div class=\"body\" style=\"display:flex;flex-wrap:wrap;gap:16px\">\n");
        if (!roc.isEmpty()) {
            UnitChart.figure(h, UnitChart.draw("roc", "ROC curve", "false positive rate", "true positive rate", true, roc),
                    "ROC curve" + legend(r.curves()));
            UnitChart.figure(h, UnitChart.draw("pr", "Precision-recall curve", "recall", "precision", false, pr),
                    "Precision-recall curve" + legend(r.curves()));
        }
        if (!r.calibration().isEmpty()) {
            List<UnitChart.Point> pts = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            for (Curves.CalibrationBin b : r.calibration()) {
                pts.add(new UnitChart.Point(b.confidence(), b.accuracy()));
                marks.add(String.format(Locale.ROOT, "[%s, %s): %d rows, mean confidence %s, accuracy %s",
                        Fmt.num(b.lower()), Fmt.num(b.upper()), b.count(), Fmt.num(b.confidence()), Fmt.num(b.accuracy())));
            }
            UnitChart.figure(h, UnitChart.draw("calibration", "Calibration plot", "confidence of the predicted class", "accuracy",
                    true, List.of(new UnitChart.Series("calibration", pts, marks))), "Calibration (dashed: perfect)");
        }
        h.append("</div>\n");
    }

    private static List<UnitChart.Point> points(List<Curves.Point> curve) {
        List<UnitChart.Point> p = new ArrayList<>(curve.size());
        curve.forEach(c -> p.add(new UnitChart.Point(c.x(), c.y())));
        return p;
    }

    private static String legend(List<ClassCurves> curves) {
        if (curves.size() == 1) {
            return " of class " + curves.get(0).cls();
        }
        StringBuilder s = new StringBuilder(": ");
        for (int i = 0; i < Math.min(UnitChart.PALETTE.length, curves.size()); i++) {
            s.append(i == 0 ? "" : ", ").append(curves.get(i).cls()).append(" (").append(UnitChart.PALETTE[i]).append(')');
        }
        return s.toString();
    }


    private static void confusion(StringBuilder h, ModelResults r) {
        double[][] cm = r.confusion();
        if (cm.length == 0) {
            return;
        }
        double max = 1;
        for (double[] row : cm) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        h.append("<table class=\"confusion\"><caption>Confusion matrix: rows are true classes, columns predicted</caption>")
                .append("<thead><tr><th>true \\ predicted</th>");
        r.classes().forEach(c -> h.append("<th>").append(HtmlText.escape(c)).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        for (int a = 0; a < cm.length; a++) {
            h.append("<tr><th>").append(HtmlText.escape(r.classes().get(a))).append("</th>");
            for (int b = 0; b < cm.length; b++) {
                double alpha = 0.08 + 0.6 * cm[a][b] / max;
                String rgb = a == b ? "26,127,55" : "207,34,46";
                h.append(String.format(Locale.ROOT, "<td class=\"num\" style=\"background:rgba(%s,%.2f)\">%d</td>", rgb,
                        cm[a][b] == 0 ? 0 : alpha, (long) cm[a][b]));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }
}
