package io.mlgate.engine.drift.report;

import io.mlgate.engine.drift.ChartBin;
import io.mlgate.engine.drift.ColumnKind;
import io.mlgate.engine.drift.ColumnResult;
import io.mlgate.engine.drift.DriftOutcome;
import io.mlgate.engine.drift.data.ColumnStats;
import io.mlgate.engine.drift.data.MeasuredDataset;
import io.mlgate.engine.report.OverlayCharts;
import io.mlgate.engine.report.SectionText;

import java.util.ArrayList;
import java.util.List;

/**
 * The drift section in the HTML report: the verdict, a table of every column's test and result, and per column a
 * card with both sides' statistics and their distributions overlaid ({@link OverlayCharts}).
 */
final class DriftHtml {
    private DriftHtml() {
    }

    /** The verdict and the two sides, as sentences of plain text. */
    static List<String> summary(DriftOutcome o, MeasuredDataset ref, MeasuredDataset cur) {
        String dataset = o.dataset().message();
        return List.of(Character.toUpperCase(dataset.charAt(0)) + dataset.substring(1) + ".",
                "Reference: " + ref.location() + " (" + ref.rows() + " rows"
                        + ref.storedAt().map(p -> ", saved statistics in " + p).orElse("") + ").",
                "Current: " + cur.location() + " (" + cur.rows() + " rows).",
                Character.toUpperCase(DriftMarkdown.correction(o).charAt(0)) + DriftMarkdown.correction(o).substring(1) + ".");
    }

    static String render(DriftOutcome o, MeasuredDataset ref, MeasuredDataset cur) {
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<p class=\"verdict\">").append(SectionText.html(String.join(" ", summary(o, ref, cur)))).append("</p>\n");
        if (!o.columns().isEmpty()) {
            h.append("<table class=\"drift\">\n<thead><tr><th>status</th><th>column</th><th>test</th><th>statistic</th>")
                    .append("<th>p-value (adjusted)</th><th>pass if</th><th>message</th></tr></thead>\n<tbody>\n");
            for (ColumnResult c : o.columns()) {
                h.append("<tr><td>").append(SectionText.statusPill(c.status())).append("</td><td>")
                        .append(SectionText.html(c.plan().column())).append("<div class=\"sub\">")
                        .append(c.plan().role().yamlName()).append(" · ").append(c.plan().kind().yamlName())
                        .append("</div></td><td>").append(c.plan().test().yamlName())
                        .append(c.plan().automatic() ? "<div class=\"sub\">automatic</div>" : "")
                        .append("</td><td class=\"num\">").append(SectionText.html(DriftMarkdown.value(c.statistic())))
                        .append(c.upperBound() != null && c.upperBound() > c.statistic()
                                ? "<div class=\"sub\">≤ " + SectionText.html(SectionText.number(c.upperBound())) + "</div>" : "")
                        .append("</td><td class=\"num\">").append(SectionText.html(DriftMarkdown.pValues(c)))
                        .append("</td><td>").append(SectionText.html(c.plan().test().passCondition(c.plan().threshold())))
                        .append("</td><td>").append(SectionText.html(c.message())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n<div class=\"columns\">\n");
            o.columns().forEach(c -> card(h, c));
            h.append("</div>\n");
        }
        if (!o.skipped().isEmpty()) {
            List<String> parts = new ArrayList<>();
            o.skipped().forEach(s -> parts.add(s.column() + " (" + s.reason() + ")"));
            h.append("<p class=\"sub\">Not tested: ").append(SectionText.html(String.join(", ", parts))).append("</p>\n");
        }
        return h.toString();
    }

    private static void card(StringBuilder h, ColumnResult c) {
        h.append("<article class=\"column\">\n<h3><span class=\"name\">").append(SectionText.html(c.plan().column()))
                .append("</span> <span class=\"type\">").append(c.plan().kind().yamlName()).append(" · ")
                .append(c.plan().test().yamlName()).append("</span> ").append(SectionText.statusPill(c.status()))
                .append("</h3>\n<div class=\"body\">\n<dl>\n");
        stat(h, "rows", c.reference().rows() + " → " + c.current().rows());
        stat(h, "nulls", SectionText.percent(share(c.reference())) + " → " + SectionText.percent(share(c.current())));
        if (c.plan().kind() == ColumnKind.NUMERIC) {
            stat(h, "mean", num(c.reference().mean()) + " → " + num(c.current().mean()));
            stat(h, "std", num(c.reference().std()) + " → " + num(c.current().std()));
            stat(h, "min", num(c.reference().min()) + " → " + num(c.current().min()));
            stat(h, "max", num(c.reference().max()) + " → " + num(c.current().max()));
        } else if (c.newValues() != null) {
            stat(h, "new values", Integer.toString(c.newValues()));
        }
        h.append("</dl>\n");
        if (c.chart().isEmpty()) {
            h.append("<p class=\"empty\">no values to chart</p>\n");
        } else {
            List<OverlayCharts.Bar> bars = c.chart().stream()
                    .map(b -> new OverlayCharts.Bar(b.value(), b.reference(), b.current())).toList();
            String svg;
            if (c.plan().kind() == ColumnKind.NUMERIC) {
                List<String> ticks = new ArrayList<>();
                ticks.add(tick(c.chart().get(0).from()));
                c.chart().forEach(b -> ticks.add(tick(b.to())));
                svg = OverlayCharts.histogram(c.plan().column(), bars, ticks);
            } else {
                svg = OverlayCharts.categories(c.plan().column(), bars);
            }
            h.append("<figure>").append(svg).append("<figcaption>share of non-null values, reference and current")
                    .append("</figcaption></figure>\n");
        }
        h.append("</div>\n</article>\n");
    }

    private static double share(ColumnStats s) {
        return s.rows() == 0 ? 0 : (double) s.nulls() / s.rows();
    }

    private static String num(Double v) {
        return v == null ? "—" : SectionText.number(v);
    }

    private static String tick(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        return SectionText.number(Math.abs(v) >= 1e4 ? v : new java.math.BigDecimal(v)
                .round(new java.math.MathContext(3)).doubleValue());
    }

    private static void stat(StringBuilder h, String name, String value) {
        h.append("<dt>").append(SectionText.html(name)).append("</dt><dd>").append(SectionText.html(value)).append("</dd>\n");
    }
}
