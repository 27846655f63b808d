package io.mlgate.engine.modeltest.report;

import io.mlgate.engine.modeltest.analysis.ImportanceResults;
import io.mlgate.engine.report.HtmlText;

import java.util.List;
import java.util.Locale;

/** Horizontal bars of permutation importance, most important on top (at most {@value #MAX} features). */
final class ImportanceChart {
    static final int MAX = 20;
    private static final int WIDTH = 420;

    private ImportanceChart() {
    }

    static String svg(ImportanceResults r) {
        List<ImportanceResults.Feature> shown = r.features().subList(0, Math.min(MAX, r.features().size()));
        if (shown.isEmpty()) {
            return "";
        }
        double max = shown.stream().mapToDouble(f -> Math.abs(f.importance())).filter(Double::isFinite).max().orElse(0);
        max = max == 0 ? 1 : max;
        int row = 22;
        int label = 140;
        StringBuilder s = new StringBuilder("<svg class=\"chart importance\" data-column=\"importance\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(shown.size() * row + 8).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(shown.size() * row + 8)
                .append("\" role=\"img\" aria-label=\"Permutation feature importance\">");
        for (int i = 0; i < shown.size(); i++) {
            ImportanceResults.Feature f = shown.get(i);
            double v = Double.isFinite(f.importance()) ? Math.max(0, f.importance()) : 0;
            double w = Math.max(1, v * (WIDTH - label - 70) / max);
            double y = 4 + i * row;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" dominant-baseline=\"middle\">",
                    label - 8, y + row / 2.0)).append(HtmlText.escape(f.column())).append("</text>");
            s.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\">",
                    label, y + 2, w, row - 6)).append("<title>").append(HtmlText.escape(f.column() + ": "
                    + Fmt.num(f.importance()))).append("</title></rect>");
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" dominant-baseline=\"middle\">", label + w + 6,
                    y + row / 2.0)).append(Fmt.num(f.importance())).append("</text>");
        }
        return s.append("</svg>\n").toString();
    }
}
