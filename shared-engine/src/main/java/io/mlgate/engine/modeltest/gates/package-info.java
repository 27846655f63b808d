/**
 * Judging: each gate of the policy turns measured metrics into one {@link io.mlgate.engine.api.CheckResult}.
 * Thresholds judge a value or an interval end; change gates judge the difference to the baseline; challenger gates
 * make a one-sided non-inferiority decision with the paired bootstrap, McNemar's or DeLong's test, and say which.
 */
package io.mlgate.engine.modeltest.gates;
