/**
 * The drift statistics as pure functions of two binned distributions: counts per bin or category, or cumulative
 * shares at bin edges. Nothing here reads data; {@link io.mlgate.engine.drift.data} produces the counts in SQL.
 * Each class documents its formula; distributions come from Apache Commons Math.
 */
package io.mlgate.engine.drift.stats;
