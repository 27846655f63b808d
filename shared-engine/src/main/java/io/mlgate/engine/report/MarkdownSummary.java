package io.mlgate.engine.report;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code mlgate-summary.md}: a GitHub job summary or PR comment. A heading with the verdict, the counts, a table of
 * checks with the worst first, offending rows of failed checks folded into {@code <details>}, then a short profile
 * table per dataset.
 */
public final class MarkdownSummary {
    /** Example rows shown per failed check. */
    public static final int MAX_EXAMPLES = 5;

    private MarkdownSummary() {
    }

    public static String render(GateReport report) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(StatusStyle.label(report.status())).append(" — mlgate: ")
                .append(MarkdownText.cell(report.title())).append("\n\n");
        md.append("**").append(report.checks().size()).append(report.checks().size() == 1 ? " check" : " checks")
                .append("**: ").append(counts(report)).append("  \n");
        md.append("command `").append(report.command().replace("`", "'")).append("` · started ")
                .append(report.started()).append(" · took ").append(ReportValues.duration(report.elapsed()))
                .append(" · engine ").append(MarkdownText.cell(report.provenance().engineVersion())).append("\n\n");
        List<CheckResult> ordered = report.checks().stream().sorted(StatusStyle.WORST_FIRST).toList();
        if (ordered.isEmpty()) {
            md.append("_No checks ran._\n\n");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (CheckResult c : ordered) {
                rows.add(List.of(StatusStyle.label(c.status()), MarkdownText.cell(c.id()), MarkdownText.cell(c.target()),
                        MarkdownText.cell(ReportValues.format(c.measured(), "—")), MarkdownText.cell(c.threshold()),
                        MarkdownText.cell(c.message())));
            }
            MarkdownText.table(md, List.of("status", "check", "target", "measured", "threshold", "message"), rows);
            md.append('\n');
        }
        for (CheckResult c : ordered) {
            if (c.isFailure() && !c.examples().isEmpty()) {
                examples(md, c);
            }
        }
        report.sections().forEach(sec -> md.append("### ").append(MarkdownText.cell(sec.title())).append("\n\n")
                .append(sec.markdown()).append("\n\n"));
        MarkdownProfiles.append(md, report.profiles());
        return md.toString();
    }

    /** {@code 1 failed · 1 warning · 3 passed}, worst first, statuses with no checks left out. */
    static String counts(GateReport report) {
        List<String> parts = new ArrayList<>();
        for (Status s : StatusStyle.WORST_TO_BEST) {
            long n = report.count(s);
            if (n > 0) {
                parts.add(StatusStyle.emoji(s) + " " + StatusStyle.countPhrase(s, n));
            }
        }
        return parts.isEmpty() ? "none" : String.join(" · ", parts);
    }

    private static void examples(StringBuilder md, CheckResult c) {
        List<Map<String, Object>> rows = c.examples().subList(0, Math.min(MAX_EXAMPLES, c.examples().size()));
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        md.append("<details><summary>").append(MarkdownText.cell(c.id())).append(": ")
                .append(rows.size()).append(" of ").append(c.examples().size())
                .append(c.examples().size() == 1 ? " example row" : " example rows").append("</summary>\n\n");
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            List<String> line = new ArrayList<>();
            columns.forEach(col -> line.add(MarkdownText.cell(ReportValues.format(r.get(col), "null"))));
            cells.add(line);
        }
        MarkdownText.table(md, columns.stream().map(MarkdownText::cell).toList(), cells);
        md.append("\n</details>\n\n");
    }
}
