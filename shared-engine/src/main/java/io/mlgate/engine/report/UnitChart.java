package io.mlgate.engine.report;


import java.util.List;
import java.util.Locale;

/**
 * An inline SVG line chart on the unit square (ROC, precision-recall, calibration): axes from 0 to 1, one polyline per
 * series, an optional dashed diagonal, and a {@code <title>} on every marker. Colours are SVG presentation attributes,
 * so the chart needs no stylesheet.
 */
public final class UnitChart {
    public static final String[] PALETTE = {"#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#ff9da6",
            "#9d755d"};
    private static final int SIZE = 300;
    private static final int LEFT = 44;
    private static final int BOTTOM = 36;
    private static final int TOP = 10;
    private static final int RIGHT = 12;

    /** A point in the unit square. */
    public record Point(double x, double y) {
    }

    /** One line: its name and points; markers drawn with titles when {@code markers} is not null (none where a title is empty). */
    public record Series(String name, List<Point> points, List<String> markers) {
    }

    private UnitChart() {
    }

    public static String draw(String kind, String label, String xLabel, String yLabel, boolean diagonal, List<Series> series) {
        double w = SIZE - LEFT - RIGHT;
        double h = SIZE - TOP - BOTTOM;
        StringBuilder s = new StringBuilder(4096);
        s.append("<svg class=\"chart ").append(kind).append("\" data-column=\"").append(kind)
                .append("\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE).append("\" width=\"").append(SIZE)
                .append("\" height=\"").append(SIZE).append("\" role=\"img\" aria-label=\"")
                .append(HtmlText.escape(label)).append("\">");
        for (int i = 0; i <= 4; i++) {
            double t = i / 4.0;
            double x = LEFT + t * w;
            double y = TOP + h - t * h;
            s.append(SvgCharts.line(LEFT, y, LEFT + w, y, i == 0 ? "axis" : "grid"));
            s.append(SvgCharts.line(x, TOP, x, TOP + h, i == 0 ? "axis" : "grid"));
            s.append(SvgCharts.text(LEFT - 6, y, "end", fmt(t))).append(SvgCharts.text(x, TOP + h + 14, "middle", fmt(t)));
        }
        s.append(SvgCharts.text(LEFT + w / 2, SIZE - 6, "middle", xLabel));
        s.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 12 %.1f)\">",
                TOP + h / 2, TOP + h / 2)).append(HtmlText.escape(yLabel)).append("</text>");
        if (diagonal) {
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%d\" stroke=\"#8c959f\" "
                    + "stroke-dasharray=\"4 4\"/>", LEFT, TOP + h, LEFT + w, TOP));
        }
        for (int k = 0; k < series.size(); k++) {
            Series se = series.get(k);
            String colour = PALETTE[k % PALETTE.length];
            StringBuilder pts = new StringBuilder();
            for (Point p : se.points()) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + p.x() * w, TOP + h - p.y() * h));
            }
            s.append("<polyline class=\"curve\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\" points=\"").append(pts.toString().trim()).append("\"><title>")
                    .append(HtmlText.escape(se.name())).append("</title></polyline>");
            if (se.markers() != null) {
                for (int i = 0; i < se.points().size(); i++) {
                    if (se.markers().get(i).isEmpty()) {
                        continue;
                    }
                    Point p = se.points().get(i);
                    s.append(String.format(Locale.ROOT, "<circle class=\"bar\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\">",
                            LEFT + p.x() * w, TOP + h - p.y() * h, colour)).append("<title>")
                            .append(HtmlText.escape(se.markers().get(i))).append("</title></circle>");
                }
            }
        }
        return s.append("</svg>").toString();
    }

    /** {@code svg} as a figure with its caption, appended to {@code h}. */
    public static void figure(StringBuilder h, String svg, String caption) {
        h.append("<figure>").append(svg).append("<figcaption>").append(HtmlText.escape(caption))
                .append("</figcaption></figure>\n");
    }

    private static String fmt(double t) {
        return t == 0 ? "0" : t == 1 ? "1" : String.format(Locale.ROOT, "%.2f", t).replaceAll("0$", "");
    }
}
