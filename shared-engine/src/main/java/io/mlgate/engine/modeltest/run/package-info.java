/**
 * {@code mlgate model test} as one engine call: read the policy and the test data, predict with the model under
 * test (and the baseline), measure every metric with paired bootstrap intervals, judge the gates, and return a
 * {@link io.mlgate.engine.api.GateReport} with the {@code model} section.
 */
package io.mlgate.engine.modeltest.run;
