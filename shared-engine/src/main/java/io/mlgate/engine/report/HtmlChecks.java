package io.mlgate.engine.report;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The HTML report's checks table, worst first, with status filters and offending rows folded under each check. */
final class HtmlChecks {
    /** Example rows shown per check. */
    static final int MAX_EXAMPLES = 20;

    private HtmlChecks() {
    }

    static void append(StringBuilder h, GateReport report) {
        h.append("<section class=\"checks\">\n<h2>Checks</h2>\n");
        if (report.checks().isEmpty()) {
            h.append("<p class=\"empty\">No checks ran.</p>\n</section>\n");
            return;
        }
        h.append("<div class=\"filters\" id=\"filters\">");
        for (Status s : StatusStyle.WORST_TO_BEST) {
            if (report.count(s) > 0) {
                h.append("<label class=\"pill ").append(StatusStyle.cssClass(s)).append("\"><input type=\"checkbox\" ")
                        .append("checked value=\"").append(StatusStyle.cssClass(s)).append("\"> ")
                        .append(StatusStyle.word(s)).append(" (").append(report.count(s)).append(")</label> ");
            }
        }
        h.append("<input type=\"search\" id=\"check-search\" placeholder=\"filter checks\" aria-label=\"filter checks\">")
                .append("</div>\n<table id=\"checks\">\n<thead><tr><th>status</th><th>check</th><th>target</th>")
                .append("<th>measured</th><th>threshold</th><th>message</th></tr></thead>\n<tbody>\n");
        for (CheckResult c : report.checks().stream().sorted(StatusStyle.WORST_FIRST).toList()) {
            row(h, c);
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void row(StringBuilder h, CheckResult c) {
        String cls = StatusStyle.cssClass(c.status());
        h.append("<tr class=\"").append(cls).append("\" data-status=\"").append(cls).append("\">")
                .append("<td><span class=\"pill ").append(cls).append("\">").append(StatusStyle.symbol(c.status())).append(' ')
                .append(StatusStyle.word(c.status()))
                .append("</span></td><td><code>").append(HtmlText.escape(c.id())).append("</code><div class=\"sub\">")
                .append(HtmlText.escape(c.kind())).append(" · ").append(c.level().yamlName()).append("</div></td><td>")
                .append(HtmlText.escape(c.target())).append("</td><td class=\"num\">")
                .append(HtmlText.escape(ReportValues.format(c.measured(), "—"))).append("</td><td>")
                .append(HtmlText.escape(c.threshold())).append("</td><td>").append(HtmlText.escape(c.message()))
                .append("<div class=\"sub\">").append(HtmlText.escape(c.provenance().algorithmId())).append(' ')
                .append(HtmlText.escape(c.provenance().algorithmVersion())).append("</div>");
        if (!c.examples().isEmpty()) {
            examples(h, c.examples());
        }
        h.append("</td></tr>\n");
    }

    private static void examples(StringBuilder h, List<Map<String, Object>> all) {
        List<Map<String, Object>> rows = all.subList(0, Math.min(MAX_EXAMPLES, all.size()));
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        h.append("<details><summary>").append(rows.size()).append(" of ").append(all.size())
                .append(all.size() == 1 ? " example row" : " example rows")
                .append("</summary><table class=\"examples\"><thead><tr>");
        columns.forEach(col -> h.append("<th>").append(HtmlText.escape(col)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (Map<String, Object> r : rows) {
            h.append("<tr>");
            columns.forEach(col -> h.append("<td>").append(HtmlText.escape(ReportValues.format(r.get(col), "null")))
                    .append("</td>"));
            h.append("</tr>");
        }
        h.append("</tbody></table></details>");
    }
}
