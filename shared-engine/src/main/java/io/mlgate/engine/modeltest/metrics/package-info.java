/**
 * Model metrics computed from per-row outcomes under row weights, so that one code path gives the point value
 * (every weight 1) and each bootstrap resample (Poisson weights) without copying rows: a weighted confusion matrix
 * (accuracy, precision/recall/F1 per class, macro and weighted), probability metrics (log loss, Brier, expected
 * calibration error), ranking metrics over a precomputed score order (ROC AUC, PR AUC) and regression errors
 * (RMSE, MAE, R², MAPE).
 */
package io.mlgate.engine.modeltest.metrics;
