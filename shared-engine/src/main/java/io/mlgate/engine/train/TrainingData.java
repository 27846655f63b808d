package io.mlgate.engine.train;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.Column;
import io.mlgate.engine.model.ColumnRequest;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.model.TableReader;
import io.mlgate.engine.modeltest.run.ModelTables;

import java.util.ArrayList;
import java.util.List;

/**
 * The training table: the label and the feature columns (the policy's list, or every other column whose type a
 * model can read; the rest are recorded as excluded). Every row needs a label; a classifier needs two classes.
 */
record TrainingData(Table table, List<String> features, List<String> excluded) {

    static TrainingData read(ScanEngine engine, Dataset data, ModelSpec spec) {
        List<String> features = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        if (spec.features().isPresent()) {
            features.addAll(spec.features().get());
        } else {
            for (ColumnInfo c : data.columns()) {
                if (c.name().equals(spec.label())) {
                    continue;
                }
                boolean readable = c.type().isNumeric() || c.type() == ColumnType.BOOLEAN || c.type() == ColumnType.STRING;
                (readable ? features : excluded).add(c.name());
            }
        }
        if (features.isEmpty()) {
            throw new BadInputException(data.source().location() + ": has no feature column besides the label '"
                    + spec.label() + "'");
        }
        List<ColumnRequest> requests = new ArrayList<>();
        requests.add(ModelTables.label(spec));
        features.forEach(f -> requests.add(new ColumnRequest(f, ColumnRequest.ReadAs.FEATURE, "feature")));
        Table t = TableReader.read(engine, data, requests);
        Column label = t.column(spec.label());
        for (int i = 0; i < t.rows(); i++) {
            if (label.isMissing(i)) {
                throw new BadInputException(data.source().location() + ": label column '" + spec.label()
                        + "' is empty in row " + (i + 1) + "; every training row needs a label");
            }
        }
        if (spec.task() == ModelTask.CLASSIFICATION && ((CategoricalColumn) label).levels().size() < 2) {
            throw new BadInputException(data.source().location() + ": label column '" + spec.label()
                    + "' holds one class only (" + String.join(", ", ((CategoricalColumn) label).levels())
                    + "); a classifier needs at least two");
        }
        return new TrainingData(t, List.copyOf(features), List.copyOf(excluded));
    }
}
