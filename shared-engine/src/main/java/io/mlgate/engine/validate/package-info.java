/**
 * Data validation: checks (constraints) over one dataset, compiled to SQL. Every check names the aggregate
 * {@link io.mlgate.engine.validate.Metric}s it needs; the {@link io.mlgate.engine.validate.ScanPlan} merges the
 * metrics of all checks, deduplicated, into one aggregate query (one scan), and each check then judges its own
 * values. Offending example rows are fetched afterwards only for checks that failed.
 */
package io.mlgate.engine.validate;
