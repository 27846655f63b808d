package io.mlgate.engine.report;

import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.Histogram;
import io.mlgate.engine.api.ValueCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts of a column, drawn in Java: a histogram for columns that have one, otherwise a horizontal bar
 * chart of the most frequent values. Every chart is an {@code <svg class="chart" data-column="...">}; every bar is a
 * {@code rect.bar} with a {@code <title>} that shows its range or value and count on hover.
 */
final class SvgCharts {
    /** Most bars a top-values chart draws. */
    static final int MAX_TOP_VALUES = 10;
    private static final int WIDTH = 420;
    private static final int MAX_X_LABELS = 6;

    private SvgCharts() {
    }

    /** Whether {@link #chart} draws anything for this column. */
    static boolean hasChart(ColumnProfile c) {
        return c.histogram() != null || !c.topValues().isEmpty();
    }

    /** The column's chart, or an empty string when it has neither histogram nor top values. */
    static String chart(ColumnProfile c) {
        if (c.histogram() != null) {
            return histogram(c.name(), c.histogram());
        }
        return c.topValues().isEmpty() ? "" : topValues(c.name(), c.topValues(), c.rowCount());
    }

    static String histogram(String column, Histogram h) {
        int height = 200;
        int left = 52;
        int right = 16;
        int top = 14;
        int bottom = 34;
        double plotW = WIDTH - left - right;
        double plotH = height - top - bottom;
        int n = h.counts().size();
        long max = Math.max(1, h.counts().stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder s = open("histogram", column, height, "Histogram of " + column);
        s.append(line(left, top, WIDTH - right, top, "grid"));
        s.append(text(left - 6, top + 4, "end", ReportValues.compact(max)));
        s.append(text(left - 6, top + plotH + 4, "end", "0"));
        double slot = plotW / n;
        double gap = slot > 6 ? 1.5 : 0;
        for (int i = 0; i < n; i++) {
            long count = h.counts().get(i);
            double barH = count * plotH / max;
            String range = "[" + ReportValues.number(h.edges().get(i)) + ", " + ReportValues.number(h.edges().get(i + 1))
                    + (i == n - 1 ? "]" : ")");
            s.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">",
                    left + i * slot + gap / 2, top + plotH - barH, Math.max(0.5, slot - gap), barH));
            s.append("<title>").append(HtmlText.escape(range + ": " + count + (count == 1 ? " row" : " rows")))
                    .append("</title></rect>");
        }
        s.append(line(left, top + plotH, WIDTH - right, top + plotH, "axis"));
        for (int i : edgeLabels(n)) {
            double x = left + i * slot;
            s.append(line(x, top + plotH, x, top + plotH + 4, "axis"));
            s.append(text(x, top + plotH + 17, "middle", ReportValues.compact(h.edges().get(i))));
        }
        return s.append("</svg>").toString();
    }

    static String topValues(String column, List<ValueCount> values, long rowCount) {
        List<ValueCount> shown = values.subList(0, Math.min(MAX_TOP_VALUES, values.size()));
        int rowH = 22;
        int labelW = 140;
        int countW = 100;
        int height = shown.size() * rowH + 8;
        long max = Math.max(1, shown.stream().mapToLong(ValueCount::count).max().orElse(1));
        double barW = WIDTH - labelW - countW;
        StringBuilder s = open("top-values", column, height, "Most frequent values of " + column);
        for (int i = 0; i < shown.size(); i++) {
            ValueCount vc = shown.get(i);
            double y = 4 + i * rowH;
            double w = Math.max(1, vc.count() * barW / max);
            String share = rowCount > 0 ? " (" + ReportValues.percent((double) vc.count() / rowCount) + ")" : "";
            s.append(text(labelW - 8, y + rowH / 2.0 + 1, "end", ReportValues.truncate(vc.value(), 20)));
            s.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\">",
                    labelW, y + 2, w, rowH - 6));
            s.append("<title>").append(HtmlText.escape(vc.value() + ": " + vc.count() + share)).append("</title></rect>");
            s.append(text(labelW + w + 6, y + rowH / 2.0 + 1, "start", vc.count() + share));
        }
        return s.append("</svg>").toString();
    }

    /** Indices of the edges to label: the first, the last, and evenly spaced ones between, at most six. */
    static List<Integer> edgeLabels(int bins) {
        int step = (int) Math.ceil(bins / (double) (MAX_X_LABELS - 1));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < bins; i += step) {
            out.add(i);
        }
        if (!out.isEmpty() && bins - out.get(out.size() - 1) < (step + 1) / 2 && out.size() > 1) {
            out.remove(out.size() - 1);
        }
        out.add(bins);
        return out;
    }

    private static StringBuilder open(String kind, String column, int height, String label) {
        return new StringBuilder(2048).append("<svg class=\"chart ").append(kind)
                .append("\" data-column=\"").append(HtmlText.escape(column)).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(HtmlText.escape(label)).append("\">");
    }

    /** An SVG line of class {@code cls}. */
    static String line(double x1, double y1, double x2, double y2, String cls) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                cls, x1, y1, x2, y2);
    }

    /** SVG text, escaped, centred vertically on {@code y}. */
    static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" dominant-baseline=\"middle\">",
                x, y, anchor) + HtmlText.escape(content) + "</text>";
    }
}
