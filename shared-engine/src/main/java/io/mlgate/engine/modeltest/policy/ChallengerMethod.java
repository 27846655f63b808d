package io.mlgate.engine.modeltest.policy;

import io.mlgate.engine.modeltest.metrics.MetricKind;

/** How a champion/challenger decision is made. */
public enum ChallengerMethod {
    /** McNemar's test for accuracy when it applies, DeLong's for two-class ROC AUC, else the paired bootstrap. */
    AUTO,
    /** Percentile interval of the paired bootstrap difference: any metric. */
    PAIRED_BOOTSTRAP,
    /** Paired difference of accuracies from the discordant pairs: accuracy only. */
    MCNEMAR,
    /** DeLong's variance of the difference of correlated AUCs: two-class ROC AUC only. */
    DELONG;

    /** Whether the method can judge {@code metric} (DeLong also needs two classes, checked on the data). */
    public boolean applies(MetricKind metric) {
        return switch (this) {
            case AUTO, PAIRED_BOOTSTRAP -> true;
            case MCNEMAR -> metric == MetricKind.ACCURACY;
            case DELONG -> metric == MetricKind.ROC_AUC;
        };
    }
}
