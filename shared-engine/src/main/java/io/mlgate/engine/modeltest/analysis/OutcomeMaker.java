package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.metrics.Outcomes;
import io.mlgate.engine.modeltest.predict.ModelOutput;

/** Puts a model's output on a table next to that table's truth, on the class list of the whole test. */
@FunctionalInterface
public interface OutcomeMaker {
    Outcomes make(ModelOutput output, Table table);
}
