package io.mlgate.cli;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.report.ReportFiles;
import io.mlgate.engine.report.ReportWriter;
import io.mlgate.engine.validate.Numbers;

import java.io.PrintStream;
import java.util.Comparator;

/** Prints a finished run on stdout in the chosen {@link OutputFormat}. */
final class ReportPrinter {
    private ReportPrinter() {
    }

    static void print(PrintStream out, GateReport r, ReportWriter.Rendered rendered, ReportFiles files, OutputFormat f) {
        switch (f) {
            case JSON -> out.print(rendered.json());
            case MARKDOWN -> out.print(rendered.markdown());
            case TEXT -> text(out, r, files);
        }
        out.flush();
    }

    private static void text(PrintStream out, GateReport r, ReportFiles files) {
        out.println(r.status() + "  " + r.title());
        if (!r.checks().isEmpty()) {
            out.println("  " + r.checks().size() + " checks: " + r.count(Status.PASS) + " pass, " + r.count(Status.WARN)
                    + " warn, " + r.count(Status.FAIL) + " fail, " + r.count(Status.NO_DATA) + " no data, "
                    + r.count(Status.ERROR) + " error");
        }
        r.checks().stream().filter(c -> c.status() != Status.PASS)
                .sorted(Comparator.comparing(CheckResult::status).reversed())
                .forEach(c -> out.println("  " + pad(c.status().name()) + c.id() + ": " + c.message()
                        + " (measured " + value(c.measured()) + ", expected " + c.threshold() + ")"));
        // a capability's own figures (build risk, evaluation tables) read as they do in the Markdown summary
        r.sections().forEach(sec -> {
            out.println();
            out.println(sec.title());
            sec.markdown().lines().forEach(l -> out.println("  " + l));
        });
        out.println("reports: " + files.html() + " (also " + files.json().getFileName() + ", "
                + files.junit().getFileName() + ", " + files.markdown().getFileName() + ")");
    }

    /** {@code s} left-aligned in 8 columns, as {@code %-8s} (without String.format's start-up cost). */
    static String pad(String s) {
        return s.length() >= 8 ? s : s + " ".repeat(8 - s.length());
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            // tiny values (p-values) keep three significant digits instead of rounding to 0
            return d != 0 && Math.abs(d) < 1e-4 ? String.format(java.util.Locale.ROOT, "%.3g", d)
                    : Numbers.format(Math.round(d * 1e6) / 1e6);
        }
        return String.valueOf(v);
    }
}
