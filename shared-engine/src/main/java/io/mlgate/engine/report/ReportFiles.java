package io.mlgate.engine.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Where {@link ReportWriter#writeAll} put the four report files. */
public record ReportFiles(Path json, Path junit, Path markdown, Path html) {
    public static final String JSON_NAME = "mlgate-report.json";
    public static final String JUNIT_NAME = "mlgate-junit.xml";
    public static final String MARKDOWN_NAME = "mlgate-summary.md";
    public static final String HTML_NAME = "mlgate-report.html";

    public ReportFiles {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(junit, "junit");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
    }

    /** The standard file names inside {@code dir}. */
    public static ReportFiles in(Path dir) {
        return new ReportFiles(dir.resolve(JSON_NAME), dir.resolve(JUNIT_NAME), dir.resolve(MARKDOWN_NAME),
                dir.resolve(HTML_NAME));
    }

    /** All four paths, in the order json, junit, markdown, html. */
    public List<Path> all() {
        return List.of(json, junit, markdown, html);
    }
}
