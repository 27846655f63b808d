/**
 * Drift of the current data against a reference: how each column is compared ({@link
 * io.mlgate.engine.drift.Classifier}), which test judges it ({@link io.mlgate.engine.drift.Planner}), the
 * per-column statistics and the dataset verdict with the Benjamini–Hochberg correction ({@link
 * io.mlgate.engine.drift.DriftJudge}), and the engine calls {@link io.mlgate.engine.drift.DriftRun} ({@code mlgate
 * data drift}) and {@link io.mlgate.engine.drift.SaveReferenceRun} (a reference saved for later runs). Statistics
 * are in {@code stats}, SQL measurement and saved references in {@code data}, the policy section in {@code policy}
 * and the report section in {@code report}. See {@code docs/drift.md}.
 */
package io.mlgate.engine.drift;
