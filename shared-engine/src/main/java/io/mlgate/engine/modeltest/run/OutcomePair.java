package io.mlgate.engine.modeltest.run;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.metrics.OutcomeBuilder;
import io.mlgate.engine.modeltest.metrics.Outcomes;
import io.mlgate.engine.modeltest.policy.TestSpec;
import io.mlgate.engine.modeltest.predict.ClassPredictions;
import io.mlgate.engine.modeltest.predict.ModelOutput;
import io.mlgate.engine.modeltest.predict.ValuePredictions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outcomes of the model under test and of the baseline, on one shared class list. */
record OutcomePair(Outcomes model, Optional<Outcomes> baseline) {

    List<Outcomes> all() {
        List<Outcomes> out = new ArrayList<>(List.of(model));
        baseline.ifPresent(out::add);
        return out;
    }

    static OutcomePair of(ModelSpec spec, TestSpec test, Table table, Predicted main, Optional<Predicted> base) {
        if (main.output() instanceof ValuePredictions v) {
            NumericColumn truth = (NumericColumn) table.column(spec.label());
            return new OutcomePair(OutcomeBuilder.regress(v.values(), truth),
                    base.map(b -> OutcomeBuilder.regress(((ValuePredictions) b.output()).values(), truth)));
        }
        CategoricalColumn truth = (CategoricalColumn) table.column(spec.label());
        List<List<String>> modelClasses = new ArrayList<>();
        modelClasses.add(((ClassPredictions) main.output()).classes());
        base.ifPresent(b -> modelClasses.add(((ClassPredictions) b.output()).classes()));
        List<String> classes = OutcomeBuilder.classes(modelClasses, truth);
        int positive = OutcomeBuilder.positive(classes, test.positiveClass());
        return new OutcomePair(classify(classes, positive, main.output(), truth),
                base.map(b -> classify(classes, positive, b.output(), truth)));
    }

    private static Outcomes classify(List<String> classes, int positive, ModelOutput out, CategoricalColumn truth) {
        ClassPredictions p = (ClassPredictions) out;
        return OutcomeBuilder.classify(classes, positive, p.classes(), p.predicted(), p.scores(), p.probabilities(), truth);
    }
}
