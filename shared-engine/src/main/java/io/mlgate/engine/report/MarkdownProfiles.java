package io.mlgate.engine.report;

import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.DatasetProfile;
import java.util.ArrayList;
import java.util.List;

/** The profile part of the Markdown summary: one short table per dataset. */
final class MarkdownProfiles {
    /** Longest min/max text shown; long strings are cut. */
    private static final int MAX_VALUE = 40;

    private MarkdownProfiles() {
    }

    static void append(StringBuilder md, List<DatasetProfile> profiles) {
        for (DatasetProfile d : profiles) {
            md.append("### Dataset ").append(MarkdownText.cell(d.name())).append("\n\n");
            md.append(d.rowCount()).append(d.rowCount() == 1 ? " row" : " rows").append(", ")
                    .append(d.columns().size()).append(d.columns().size() == 1 ? " column" : " columns")
                    .append(" · ").append(MarkdownText.cell(d.location())).append("\n\n");
            if (d.columns().isEmpty()) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (ColumnProfile c : d.columns()) {
                rows.add(List.of(MarkdownText.cell(c.name()), c.type().yamlName(),
                        ReportValues.percent(c.nullFraction()),
                        (c.distinctExact() ? "" : "≈") + c.distinct(),
                        value(c.min()), value(c.max())));
            }
            MarkdownText.table(md, List.of("column", "type", "nulls %", "distinct", "min", "max"), rows);
            md.append('\n');
        }
    }

    private static String value(String v) {
        return v == null ? "—" : MarkdownText.cell(ReportValues.truncate(v, MAX_VALUE));
    }
}
