package io.mlgate.engine.buildrisk.run;

import java.util.List;
import java.util.Locale;

/** Escaping and number formatting for the sections' Markdown and HTML. */
final class Text {
    private Text() {
    }

    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Text for a Markdown table cell or list item: no line breaks, pipes and markup characters escaped. */
    static String md(String s) {
        return s.replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\`*_\\[\\]|<>#])", "\\\\$1");
    }

    /** A ratio with three decimals, or an en dash when it is undefined. */
    static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "–" : whole(v * 100) + "%";
    }

    /**
     * {@code v} rounded half up to a whole number, as {@code %.0f} writes it ({@code String.format}'s first use in a
     * process costs a few milliseconds, which a prediction notices).
     */
    static String whole(double v) {
        if (Double.doubleToRawLongBits(v) >= 0 && v < Long.MAX_VALUE) { // not negative (nor -0), not NaN
            return Long.toString(Math.round(v));
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    /** Seconds as hours with two decimals. */
    static double hours(long seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }

    /** A Markdown table. */
    static String mdTable(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("| " + String.join(" | ", header) + " |\n|");
        header.forEach(h -> b.append("---|"));
        b.append('\n');
        rows.forEach(r -> b.append("| ").append(String.join(" | ", r.stream().map(Text::md).toList())).append(" |\n"));
        return b.toString();
    }

    /** An HTML table, every cell escaped. */
    static String htmlTable(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<table>\n<thead><tr>");
        header.forEach(h -> b.append("<th>").append(html(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            b.append("<tr>");
            r.forEach(c -> b.append("<td>").append(html(c)).append("</td>"));
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }
}
