package io.mlgate.engine.modeltest.metrics;

import io.mlgate.engine.model.ModelTask;

/** What a model predicted for each row next to the truth: the input of every metric. */
public sealed interface Outcomes permits ClassOutcomes, RegressionOutcomes {
    int size();

    ModelTask task();

    /** The same outcomes with row i taken from row {@code order[i]}; every metric's point value is unchanged. */
    Outcomes reorder(int[] order);
}
