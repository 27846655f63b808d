/**
 * The drift report section ({@code kind: drift}): its JSON data, documented in {@code docs/report-schema.md}, a
 * Markdown table for job summaries, and HTML with one overlaid reference/current chart per column.
 */
package io.mlgate.engine.drift.report;
