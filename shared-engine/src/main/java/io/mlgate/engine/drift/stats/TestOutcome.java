package io.mlgate.engine.drift.stats;

/**
 * What a hypothesis test gives: its statistic and the p-value of observing a statistic at least this large when
 * both samples come from the same distribution.
 */
public record TestOutcome(double statistic, double pValue) {
    public TestOutcome {
        if (Double.isNaN(statistic) || !(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("invalid test outcome: statistic " + statistic + ", p-value " + pValue);
        }
    }
}
