package io.mlgate.engine.train;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.Column;

import java.util.ArrayList;
import java.util.List;

/** The feature columns of a training table as the model card lists them. */
final class CardFeatures {
    private CardFeatures() {
    }

    static List<ModelCard.Feature> of(TrainingData td) {
        List<ModelCard.Feature> out = new ArrayList<>();
        for (String f : td.features()) {
            Column c = td.table().column(f);
            out.add(c instanceof CategoricalColumn cat ? new ModelCard.Feature(f, "category", cat.levels().size())
                    : new ModelCard.Feature(f, "number", 1));
        }
        return out;
    }
}
