package io.mlgate.engine.modeltest.predict;

import java.util.Objects;

/** Predicted numbers (regression). */
public record ValuePredictions(double[] values) implements ModelOutput {
    public ValuePredictions {
        Objects.requireNonNull(values, "values");
    }

    @Override
    public int size() {
        return values.length;
    }
}
