package io.mlgate.engine.modeltest.run;

import io.mlgate.engine.model.ColumnRequest;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.model.ModelTask;

/** The columns model runs read besides the features. */
public final class ModelTables {
    private ModelTables() {
    }

    /** The label column: text for classification, numbers for regression. */
    public static ColumnRequest label(ModelSpec spec) {
        return new ColumnRequest(spec.label(), spec.task() == ModelTask.CLASSIFICATION ? ColumnRequest.ReadAs.TEXT
                : ColumnRequest.ReadAs.NUMBER, "the label column, model.label");
    }
}
