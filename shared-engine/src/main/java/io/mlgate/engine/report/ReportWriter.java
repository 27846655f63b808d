package io.mlgate.engine.report;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.io.AtomicFiles;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

    /**
     * Renders all four formats without touching the file system. The renderers share nothing but the report, which
     * is immutable, so three of them run on CompletableFuture's default executor (the common pool, or a thread each
     * on a machine with fewer than three CPUs) beside the calling thread: a run waits for the slowest renderer, not
     * for the sum of them (mostly class loading and first-time compilation in a fresh CLI JVM).
     */
    public static Rendered renderAll(GateReport report) {
        Objects.requireNonNull(report, "report");
        CompletableFuture<String> json = CompletableFuture.supplyAsync(() -> JsonReport.render(report));
        CompletableFuture<String> junit = CompletableFuture.supplyAsync(() -> JunitReport.render(report));
        CompletableFuture<String> html = CompletableFuture.supplyAsync(() -> HtmlReport.render(report));
        String markdown = MarkdownSummary.render(report);
        return new Rendered(join(json), join(junit), markdown, join(html));
    }

    /** The renderer's result, or its own exception (unwrapped) when it failed. */
    private static String join(CompletableFuture<String> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Renders all four formats and writes them into {@code outDir} (created if missing) under the names in
     * {@link ReportFiles}, replacing files of an earlier run.
     *
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static ReportFiles writeAll(GateReport report, Path outDir) {
        Objects.requireNonNull(outDir, "outDir");
        return write(renderAll(report), outDir);
    }

    /**
     * Writes reports rendered by {@link #renderAll} into {@code outDir} (created if missing), as {@link #writeAll}
     * does, for a caller that also prints them and so must not render them twice.
     */
    public static ReportFiles write(Rendered rendered, Path outDir) {
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
