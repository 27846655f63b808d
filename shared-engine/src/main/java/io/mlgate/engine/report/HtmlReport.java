package io.mlgate.engine.report;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import java.util.Map;

/**
 * {@code mlgate-report.html}: one self-contained page. Styles, script and SVG charts are inline and a
 * Content-Security-Policy forbids every fetch, so opening the file makes no network request. All user text
 * (titles, check ids, column names, values) is escaped.
 */
public final class HtmlReport {
    /** Allows only the page's own inline style and script and {@code data:} images; nothing is loaded. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:; base-uri 'none'; form-action 'none'";

    private HtmlReport() {
    }

    public static String render(GateReport report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(HtmlText.escape(StatusStyle.word(report.status()) + " · mlgate: "
                        + report.title())).append("</title>\n")
                .append("<style>\n").append(ReportResources.text("report.css")).append("</style>\n</head>\n<body>\n");
        banner(h, report);
        h.append("<main>\n");
        HtmlChecks.append(h, report);
        report.sections().forEach(sec -> h.append("<section class=\"card section-").append(HtmlText.escape(sec.kind()))
                .append("\">\n<h2>").append(HtmlText.escape(sec.title())).append("</h2>\n").append(sec.html())
                .append("\n</section>\n"));
        HtmlProfiles.append(h, report.profiles());
        footer(h, report);
        h.append("</main>\n<script>\n").append(ReportResources.text("report.js")).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void banner(StringBuilder h, GateReport r) {
        h.append("<header class=\"banner ").append(StatusStyle.cssClass(r.status())).append("\">\n")
                .append("<div class=\"verdict\">").append(StatusStyle.symbol(r.status())).append(' ')
                .append(StatusStyle.word(r.status())).append("</div>\n<div>\n<h1>")
                .append(HtmlText.escape(r.title())).append("</h1>\n<p class=\"meta\">mlgate <code>")
                .append(HtmlText.escape(r.command())).append("</code> · started ")
                .append(HtmlText.escape(r.started().toString())).append(" · took ")
                .append(ReportValues.duration(r.elapsed())).append(" · engine ")
                .append(HtmlText.escape(r.provenance().engineVersion())).append("</p>\n<p class=\"counts\">");
        for (Status s : StatusStyle.WORST_TO_BEST) {
            h.append("<span class=\"pill ").append(StatusStyle.cssClass(s)).append("\">")
                    .append(StatusStyle.countPhrase(s, r.count(s))).append("</span> ");
        }
        h.append("</p>\n</div>\n</header>\n");
    }

    private static void footer(StringBuilder h, GateReport r) {
        h.append("<section class=\"provenance\">\n<h2>Provenance</h2>\n<dl>\n");
        HtmlProfiles.stat(h, "engine", r.provenance().engineVersion());
        HtmlProfiles.stat(h, "algorithm", r.provenance().algorithmId() + " " + r.provenance().algorithmVersion());
        HtmlProfiles.stat(h, "computed", r.provenance().time().toString());
        if (r.provenance().seed() != null) {
            HtmlProfiles.stat(h, "seed", r.provenance().seed().toString());
        }
        for (Map.Entry<String, String> e : r.provenance().sortedFingerprints().entrySet()) {
            HtmlProfiles.stat(h, e.getKey(), e.getValue());
        }
        h.append("</dl>\n</section>\n");
    }
}
