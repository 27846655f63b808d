package io.mlgate.engine.modeltest.run;

import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.predict.ModelOutput;
import io.mlgate.engine.modeltest.predict.Predictor;

/** A model's output on a table and how long predicting took. */
record Predicted(ModelOutput output, long millis) {

    static Predicted of(Predictor p, Table t) {
        long start = System.nanoTime();
        ModelOutput out = p.predict(t);
        return new Predicted(out, (System.nanoTime() - start) / 1_000_000);
    }
}
