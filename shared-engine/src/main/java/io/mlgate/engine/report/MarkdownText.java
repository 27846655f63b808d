package io.mlgate.engine.report;

import java.util.List;

/** Markdown building blocks for the summary: escaped table cells and whole tables. */
public final class MarkdownText {
    /** Longest text a table cell shows; the full value stays in the JSON and HTML reports. */
    static final int MAX_CELL = 200;

    private MarkdownText() {
    }

    /**
     * User text made inert inside a GitHub-flavoured Markdown table cell: pipes, emphasis and link characters are
     * backslash-escaped, HTML special characters become entities, and line breaks become {@code <br>}.
     */
    public static String cell(String text) {
        String t = ReportValues.truncate(text == null ? "" : text, MAX_CELL);
        StringBuilder b = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> {
                    if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                        i++;
                    }
                    b.append("<br>");
                }
                case '\n' -> b.append("<br>");
                case '|', '\\', '`', '*', '_', '[', ']', '#', '~' -> b.append('\\').append(ch);
                default -> b.append(Character.isISOControl(ch) ? ' ' : ch);
            }
        }
        return b.toString();
    }

    /** A table; header and row cells are used as given, so escape user text with {@link #cell} first. */
    public static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        row(out, header);
        out.append('|');
        header.forEach(h -> out.append("---|"));
        out.append('\n');
        rows.forEach(r -> row(out, r));
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(c).append(" |");
        }
        out.append('\n');
    }
}
