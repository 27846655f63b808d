/**
 * The {@code model} report section: metrics with bootstrap intervals (and the baseline's, and the paired
 * differences), the confusion matrix, ROC and precision-recall curves and the calibration plot as inline SVG in
 * HTML, and the key numbers in Markdown.
 */
package io.mlgate.engine.modeltest.report;
