package io.mlgate.engine.report;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.io.AtomicFiles;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes every report format of a run. All four are rendered in memory first, so a rendering failure leaves the
 * directory as it was; each file is then written atomically (readers see the old file or the new one).
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** The four reports of one run, rendered but not yet written. */
    public record Rendered(String json, String junit, String markdown, String html) {
        public Rendered {
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(junit, "junit");
            Objects.requireNonNull(markdown, "markdown");
            Objects.requireNonNull(html, "html");
        }
    }

    /** Renders all four formats without touching the file system. */
    public static Rendered renderAll(GateReport report) {
        Objects.requireNonNull(report, "report");
        return new Rendered(JsonReport.render(report), JunitReport.render(report), MarkdownSummary.render(report),
                HtmlReport.render(report));
    }

    /**
     * Renders all four formats and writes them into {@code outDir} (created if missing) under the names in
     * {@link ReportFiles}, replacing files of an earlier run.
     *
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static ReportFiles writeAll(GateReport report, Path outDir) {
        return writeAll(renderAll(report), outDir);
    }

    /** Writes reports already rendered (by {@link #renderAll}) into {@code outDir}, as {@link #writeAll(GateReport, Path)}. */
    public static ReportFiles writeAll(Rendered rendered, Path outDir) {
        Objects.requireNonNull(rendered, "rendered");
        Objects.requireNonNull(outDir, "outDir");
        ReportFiles files = ReportFiles.in(outDir);
        AtomicFiles.writeString(files.json(), rendered.json());
        AtomicFiles.writeString(files.junit(), rendered.junit());
        AtomicFiles.writeString(files.markdown(), rendered.markdown());
        AtomicFiles.writeString(files.html(), rendered.html());
        return files;
    }
}
