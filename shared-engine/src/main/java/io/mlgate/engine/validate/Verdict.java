package io.mlgate.engine.validate;

import io.mlgate.engine.api.Status;

/**
 * What a check concluded from its metrics, before the level is applied: passed or not (or no data),
 * the measured value, the threshold in words and a one-sentence message.
 */
public record Verdict(Outcome outcome, Object measured, String threshold, String message) {

    /** Met, not met, or not judgeable. */
    public enum Outcome { MET, NOT_MET, NO_DATA }

    public static Verdict of(boolean met, Object measured, String threshold, String message) {
        return new Verdict(met ? Outcome.MET : Outcome.NOT_MET, measured, threshold, message);
    }

    public static Verdict noData(String threshold, String message) {
        return new Verdict(Outcome.NO_DATA, null, threshold, message);
    }

    public Status status(io.mlgate.engine.api.Level level) {
        return switch (outcome) {
            case MET -> Status.PASS;
            case NOT_MET -> level.failureStatus();
            case NO_DATA -> Status.NO_DATA;
        };
    }
}
