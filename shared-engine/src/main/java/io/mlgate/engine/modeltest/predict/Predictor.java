package io.mlgate.engine.modeltest.predict;

import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.model.ColumnRequest;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.model.Table;

import java.util.List;
import java.util.Map;

/** A model under test. Not thread-safe unless an implementation says so; close it when done. */
public interface Predictor extends AutoCloseable {
    /** One line for reports, e.g. {@code Tribuo LinearSGDModel (model.tribuo)}. */
    String describe();

    ModelTask task();

    /**
     * The columns to read from {@code data} to predict, checked against its columns and types.
     *
     * @throws io.mlgate.engine.api.BadInputException when the data lacks a column the model needs
     */
    List<ColumnRequest> bind(Dataset data);

    /** Feature columns the model reads (after {@link #bind}); robustness and importance perturb these. */
    List<String> featureColumns();

    /** Predicts every row of {@code table}, which holds at least the columns {@link #bind} asked for. */
    ModelOutput predict(Table table);

    /** Fingerprints of the files that make up the model. */
    Map<String, String> fingerprints();

    @Override
    default void close() {
    }
}
