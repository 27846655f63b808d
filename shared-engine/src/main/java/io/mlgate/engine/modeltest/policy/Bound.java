package io.mlgate.engine.modeltest.policy;

/** Which value of a metric a threshold judges: the point value or an end of its bootstrap interval. */
public enum Bound {
    VALUE, LOWER, UPPER
}
