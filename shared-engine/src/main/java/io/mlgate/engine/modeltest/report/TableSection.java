package io.mlgate.engine.modeltest.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.ReportSection;
import io.mlgate.engine.report.HtmlText;
import io.mlgate.engine.report.MarkdownText;

import java.util.List;

/**
 * A report section that is a sentence and a table (plus optional extra HTML such as a chart): the shape of every
 * model analysis. Cells are plain text, escaped here for each format.
 */
record TableSection(String kind, String title, JsonNode data, String intro, List<String> header,
                    List<List<String>> rows, String htmlExtra) implements ReportSection {

    @Override
    public String markdown() {
        StringBuilder md = new StringBuilder(MarkdownText.cell(intro)).append("\n\n");
        if (!rows.isEmpty()) {
            MarkdownText.table(md, header.stream().map(MarkdownText::cell).toList(),
                    rows.stream().map(r -> r.stream().map(MarkdownText::cell).toList()).toList());
        }
        return md.toString().stripTrailing();
    }

    @Override
    public String html() {
        StringBuilder h = new StringBuilder("<p class=\"meta\">").append(HtmlText.escape(intro)).append("</p>\n");
        if (!rows.isEmpty()) {
            h.append("<table class=\"").append(HtmlText.escape(kind)).append("\"><thead><tr>");
            header.forEach(c -> h.append("<th>").append(HtmlText.escape(c)).append("</th>"));
            h.append("</tr></thead><tbody>\n");
            for (List<String> r : rows) {
                h.append("<tr>");
                r.forEach(c -> h.append("<td>").append(HtmlText.escape(c)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        return h.append(htmlExtra).toString();
    }
}
