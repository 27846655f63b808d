package io.mlgate.engine.report;

import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.DatasetProfile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The HTML report's dataset sections: one card per column with its statistics and chart. */
final class HtmlProfiles {
    private HtmlProfiles() {
    }

    static void append(StringBuilder h, List<DatasetProfile> profiles) {
        for (DatasetProfile d : profiles) {
            h.append("<section class=\"dataset\">\n<h2>Dataset <span class=\"name\">").append(HtmlText.escape(d.name()))
                    .append("</span></h2>\n<p class=\"meta\">").append(d.rowCount()).append(d.rowCount() == 1 ? " row" : " rows")
                    .append(" · ").append(d.columns().size()).append(d.columns().size() == 1 ? " column" : " columns")
                    .append(" · <code>").append(HtmlText.escape(d.location())).append("</code></p>\n<div class=\"columns\">\n");
            for (ColumnProfile c : d.columns()) {
                column(h, c);
            }
            h.append("</div>\n</section>\n");
        }
    }

    private static void column(StringBuilder h, ColumnProfile c) {
        h.append("<article class=\"column\">\n<h3><span class=\"name\">").append(HtmlText.escape(c.name()))
                .append("</span> <span class=\"type\" title=\"").append(HtmlText.escape(c.physicalType())).append("\">")
                .append(c.type().yamlName()).append("</span></h3>\n<div class=\"body\">\n<dl>\n");
        stat(h, "rows", Long.toString(c.rowCount()));
        stat(h, "nulls", c.nullCount() + " (" + ReportValues.percent(c.nullFraction()) + ")");
        stat(h, "distinct", (c.distinctExact() ? "" : "≈") + c.distinct());
        optional(h, "min", c.min());
        optional(h, "max", c.max());
        optional(h, "mean", c.mean());
        optional(h, "stddev", c.stddev());
        Map<String, Double> quantiles = new TreeMap<>(JsonProfiles.QUANTILE_ORDER);
        quantiles.putAll(c.quantiles());
        quantiles.forEach((k, v) -> stat(h, quantileName(k), v == null ? "—" : ReportValues.number(v)));
        if (c.minLength() != null) {
            stat(h, "length", c.minLength() + " – " + c.maxLength()
                    + (c.meanLength() == null ? "" : ", mean " + ReportValues.number(c.meanLength())));
        }
        h.append("</dl>\n");
        if (SvgCharts.hasChart(c)) {
            h.append("<figure>").append(SvgCharts.chart(c)).append("<figcaption>")
                    .append(c.histogram() != null ? "distribution" : "most frequent values").append("</figcaption></figure>\n");
        } else {
            h.append("<p class=\"empty\">no chart for this column</p>\n");
        }
        h.append("</div>\n</article>\n");
    }

    /** One {@code <dt>}/{@code <dd>} pair, both escaped. */
    static void stat(StringBuilder h, String name, String value) {
        h.append("<dt>").append(HtmlText.escape(name)).append("</dt><dd>").append(HtmlText.escape(value)).append("</dd>\n");
    }

    private static void optional(StringBuilder h, String name, Object value) {
        if (value != null) {
            stat(h, name, ReportValues.format(value, "—"));
        }
    }

    /** {@code "0.5"} reads {@code p50}; a key that is not a number stays as it is. */
    private static String quantileName(String key) {
        try {
            return "p" + ReportValues.number(Double.parseDouble(key) * 100);
        } catch (NumberFormatException e) {
            return key;
        }
    }
}
