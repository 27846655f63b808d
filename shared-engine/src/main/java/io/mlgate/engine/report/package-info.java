/**
 * Turns one {@link io.mlgate.engine.api.GateReport} into the four files every run leaves behind:
 * {@code mlgate-report.json} (machine-readable, versioned schema), {@code mlgate-junit.xml} (each check a test case),
 * {@code mlgate-summary.md} (job summary / PR comment) and {@code mlgate-report.html} (one self-contained page with
 * inline SVG charts and no network access). {@link io.mlgate.engine.report.ReportWriter} renders all four in memory
 * and only then writes them atomically; each format lives in its own class and can be rendered to a string alone.
 * {@link io.mlgate.engine.report.UnitChart} draws the line charts on the unit square that capability sections embed.
 */
package io.mlgate.engine.report;
