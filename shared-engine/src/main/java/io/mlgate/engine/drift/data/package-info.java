/**
 * What the drift tests need from each dataset, measured in DuckDB SQL: per-column statistics in one aggregate scan
 * ({@link io.mlgate.engine.drift.data.StatsPass}), then every numeric column counted on a fine grid fixed by the
 * reference and every categorical column's value counts, all in one grouped scan
 * ({@link io.mlgate.engine.drift.data.BinsPass}). No row travels into Java. A reference measured once can be saved
 * as JSON ({@link io.mlgate.engine.drift.data.ReferenceJson}) and used later instead of the raw data.
 */
package io.mlgate.engine.drift.data;
