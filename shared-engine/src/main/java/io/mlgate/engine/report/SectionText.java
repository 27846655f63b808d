package io.mlgate.engine.report;

import java.util.List;

/**
 * The report's escaping and number formats, for capabilities that render their own {@link
 * io.mlgate.engine.api.ReportSection}s, so that sections read like the rest of the report and stay inert.
 */
public final class SectionText {
    private SectionText() {
    }

    /** User text escaped for HTML element content and quoted attribute values. */
    public static String html(String text) {
        return HtmlText.escape(text);
    }

    /** User text made inert inside a Markdown table cell. */
    public static String cell(String text) {
        return MarkdownText.cell(text);
    }

    /** A Markdown table of cells already escaped with {@link #cell}. */
    public static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        MarkdownText.table(out, header, rows);
    }

    /** A number with at most six significant digits, as the rest of the report shows them. */
    public static String number(double d) {
        return ReportValues.number(d);
    }

    /** A share as a percentage with one decimal. */
    public static String percent(double fraction) {
        return ReportValues.percent(fraction);
    }

    /** A status with its emoji, for Markdown: {@code ❌ FAIL}. */
    public static String statusLabel(io.mlgate.engine.api.Status s) {
        return StatusStyle.label(s);
    }

    /** An HTML status pill, as in the checks table. */
    public static String statusPill(io.mlgate.engine.api.Status s) {
        String cls = StatusStyle.cssClass(s);
        return "<span class=\"pill " + cls + "\">" + StatusStyle.symbol(s) + " " + StatusStyle.word(s) + "</span>";
    }
}
