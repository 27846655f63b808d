package io.mlgate.engine.drift.report;

import io.mlgate.engine.drift.ColumnResult;
import io.mlgate.engine.drift.Correction;
import io.mlgate.engine.drift.DriftOutcome;
import io.mlgate.engine.drift.data.MeasuredDataset;
import io.mlgate.engine.report.SectionText;

import java.util.ArrayList;
import java.util.List;

/** The drift section in the Markdown summary: the verdict, then one table row per column, then skipped columns. */
final class DriftMarkdown {
    private DriftMarkdown() {
    }

    static String render(DriftOutcome o, MeasuredDataset ref, MeasuredDataset cur) {
        StringBuilder md = new StringBuilder();
        md.append(String.join(" ", DriftHtml.summary(o, ref, cur).stream().map(SectionText::cell).toList())).append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (ColumnResult c : o.columns()) {
            rows.add(List.of(SectionText.statusLabel(c.status()), SectionText.cell(c.plan().column()),
                    c.plan().role().yamlName(), c.plan().test().yamlName(), value(c.statistic()), pValues(c),
                    SectionText.cell(c.plan().test().passCondition(c.plan().threshold())),
                    c.hasData() ? (c.drifted() ? "**drift**" : "no drift") : "no data"));
        }
        if (!rows.isEmpty()) {
            SectionText.table(md, List.of("status", "column", "role", "test", "statistic", "p-value (adjusted)",
                    "pass if", "verdict"), rows);
        }
        if (!o.skipped().isEmpty()) {
            md.append("\nNot tested: ");
            List<String> parts = new ArrayList<>();
            o.skipped().forEach(s -> parts.add(SectionText.cell(s.column()) + " (" + SectionText.cell(s.reason()) + ")"));
            md.append(String.join(", ", parts)).append('\n');
        }
        return md.toString().strip();
    }

    static String value(Double v) {
        return v == null ? "—" : SectionText.number(v);
    }

    static String pValues(ColumnResult c) {
        if (c.pValue() == null) {
            return "—";
        }
        String p = SectionText.number(c.pValue());
        String q = c.adjustedPValue() == null ? p : SectionText.number(c.adjustedPValue());
        return q.equals(p) ? p : p + " (" + q + ")";
    }

    static String correction(DriftOutcome o) {
        if (o.correction() == Correction.BENJAMINI_HOCHBERG) {
            return "p-values of the " + o.pValueTests() + " feature columns with p-value tests adjusted by "
                    + "Benjamini-Hochberg (false discovery rate)";
        }
        return switch (o.pValueTests()) {
            case 0 -> "no feature column used a p-value test, so no correction applies";
            case 1 -> "one feature column used a p-value test, so no correction applies";
            default -> "p-values of the " + o.pValueTests() + " feature columns with p-value tests not corrected "
                    + "(correction: none)";
        };
    }
}
