package io.mlgate.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command shares: where reports go and what is printed. */
public final class ReportOptions {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "mlgate-reports",
            description = "Directory for mlgate-report.json, mlgate-junit.xml, mlgate-summary.md and mlgate-report.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;
}
