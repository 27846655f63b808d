package io.mlgate.engine.modeltest.predict;

/** What a model predicted for every row of a table: {@link ClassPredictions} or {@link ValuePredictions}. */
public sealed interface ModelOutput permits ClassPredictions, ValuePredictions {
    int size();
}
