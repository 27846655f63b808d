package io.mlgate.cli;

/** What a command prints on stdout: a short text summary, the JSON report, or the Markdown summary. */
public enum OutputFormat {
    TEXT, JSON, MARKDOWN
}
