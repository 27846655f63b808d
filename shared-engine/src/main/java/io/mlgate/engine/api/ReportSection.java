package io.mlgate.engine.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A capability's own part of a report, beyond checks and profiles: drift tables, model metrics, tuning curves.
 * The capability renders it for each format; report writers place it without knowing what it holds.
 */
public interface ReportSection {

    /** Stable machine name, e.g. {@code drift}; the JSON report's {@code sections[].kind}. */
    String kind();

    /** Heading for people. */
    String title();

    /** Machine-readable content, the JSON report's {@code sections[].data}. */
    JsonNode data();

    /** A Markdown fragment (no top-level heading; the writer adds the title). */
    String markdown();

    /** A self-contained HTML fragment, all user text escaped, charts as inline SVG; no external resources. */
    String html();
}
