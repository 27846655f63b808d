/**
 * Anomaly detection against history, as Deequ's: every validation run can append its dataset metrics to a
 * metrics history (a directory of JSON files keyed by time and tags), and anomaly checks judge a metric's change
 * against the previous runs with the same tags. No history yet means {@code NO_DATA}, never a pass.
 */
package io.mlgate.engine.validate.anomaly;
