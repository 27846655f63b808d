package io.mlgate.engine.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts that overlay two distributions of one column — a reference and the current data — as shares of
 * their values: a histogram of bins, or horizontal bar pairs of categories. Every chart is an
 * {@code <svg class="chart overlay …" data-column="…">}; every bar a {@code rect.bar.ref} or {@code rect.bar.cur}
 * with a {@code <title>} giving the bin or value and both shares; a legend names the two sides.
 */
public final class OverlayCharts {
    private static final int WIDTH = 420;

    private OverlayCharts() {
    }

    /** One bin or category: its label and the two shares (0–1). */
    public record Bar(String label, double reference, double current) {
    }

    /** Overlaid histograms; {@code ticks} has one label per bin edge ({@code bars.size() + 1}). */
    public static String histogram(String column, List<Bar> bars, List<String> ticks) {
        int height = 210;
        int left = 46;
        int right = 12;
        int top = 26;
        int bottom = 34;
        double plotW = WIDTH - left - right;
        double plotH = height - top - bottom;
        double max = Math.max(1e-12, bars.stream().mapToDouble(b -> Math.max(b.reference(), b.current())).max().orElse(1));
        StringBuilder s = open("histogram", column, height, "Reference and current distribution of " + column);
        legend(s, left);
        s.append(text(left - 6, top + 4, "end", ReportValues.percent(max)));
        s.append(text(left - 6, top + plotH + 4, "end", "0"));
        double slot = plotW / Math.max(1, bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double x = left + i * slot;
            rect(s, "ref", x + slot * 0.05, top + plotH - b.reference() * plotH / max, slot * 0.9, b.reference() * plotH / max, b);
            rect(s, "cur", x + slot * 0.25, top + plotH - b.current() * plotH / max, slot * 0.5, b.current() * plotH / max, b);
        }
        s.append(line(left, top + plotH, WIDTH - right, top + plotH));
        if (ticks.size() == bars.size() + 1) {
            for (int i : SvgCharts.edgeLabels(bars.size())) {
                double x = left + i * slot;
                s.append(line(x, top + plotH, x, top + plotH + 4));
                s.append(text(x, top + plotH + 17, "middle", ReportValues.truncate(ticks.get(i), 10)));
            }
        }
        return s.append("</svg>").toString();
    }

    /** Bar pairs per category, reference above current, with both shares written beside. */
    public static String categories(String column, List<Bar> bars) {
        int rowH = 26;
        int labelW = 130;
        int valueW = 110;
        int top = 24;
        int height = top + bars.size() * rowH + 6;
        double max = Math.max(1e-12, bars.stream().mapToDouble(b -> Math.max(b.reference(), b.current())).max().orElse(1));
        double barW = WIDTH - labelW - valueW;
        StringBuilder s = open("categories", column, height, "Reference and current values of " + column);
        legend(s, labelW);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * rowH;
            s.append(text(labelW - 8, y + rowH / 2.0, "end", ReportValues.truncate(b.label(), 18)));
            rect(s, "ref", labelW, y + 3, Math.max(1, b.reference() * barW / max), 9, b);
            rect(s, "cur", labelW, y + 13, Math.max(1, b.current() * barW / max), 9, b);
            s.append(text(WIDTH - valueW + 6, y + rowH / 2.0, "start",
                    ReportValues.percent(b.reference()) + " → " + ReportValues.percent(b.current())));
        }
        return s.append("</svg>").toString();
    }

    private static void legend(StringBuilder s, double x) {
        s.append(String.format(Locale.ROOT, "<rect class=\"key ref\" x=\"%.1f\" y=\"6\" width=\"10\" height=\"10\"/>", x));
        s.append(text(x + 14, 12, "start", "reference"));
        s.append(String.format(Locale.ROOT, "<rect class=\"key cur\" x=\"%.1f\" y=\"6\" width=\"10\" height=\"10\"/>", x + 84));
        s.append(text(x + 98, 12, "start", "current"));
    }

    private static void rect(StringBuilder s, String side, double x, double y, double w, double h, Bar b) {
        s.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">",
                side, x, y, Math.max(0.5, w), Math.max(0, h)));
        s.append("<title>").append(HtmlText.escape(b.label() + ": reference " + ReportValues.percent(b.reference())
                + ", current " + ReportValues.percent(b.current()))).append("</title></rect>");
    }

    private static StringBuilder open(String kind, String column, int height, String label) {
        return new StringBuilder(4096).append("<svg class=\"chart overlay ").append(kind).append("\" data-column=\"")
                .append(HtmlText.escape(column)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(HtmlText.escape(label)).append("\">");
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" dominant-baseline=\"middle\">",
                x, y, anchor) + HtmlText.escape(content) + "</text>";
    }
}
