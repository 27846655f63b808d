package io.mlgate.engine.modeltest.run;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.analysis.OutcomeMaker;
import io.mlgate.engine.modeltest.metrics.OutcomeBuilder;
import io.mlgate.engine.modeltest.metrics.Outcomes;
import io.mlgate.engine.modeltest.policy.TestSpec;
import io.mlgate.engine.modeltest.predict.ClassPredictions;
import io.mlgate.engine.modeltest.predict.ModelOutput;
import io.mlgate.engine.modeltest.predict.ValuePredictions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcomes of the model under test and of the baseline, on one shared class list, and a maker that puts any
 * later output (on a perturbed or sampled table) on the same classes.
 */
record OutcomePair(Outcomes model, Optional<Outcomes> baseline, OutcomeMaker maker) {

    List<Outcomes> all() {
        List<Outcomes> out = new ArrayList<>(List.of(model));
        baseline.ifPresent(out::add);
        return out;
    }

    static OutcomePair of(ModelSpec spec, TestSpec test, Table table, Predicted main, Optional<Predicted> base) {
        String label = spec.label();
        if (main.output() instanceof ValuePredictions v) {
            OutcomeMaker maker = (out, t) -> OutcomeBuilder.regress(((ValuePredictions) out).values(),
                    (NumericColumn) t.column(label));
            return new OutcomePair(maker.make(v, table), base.map(b -> maker.make(b.output(), table)), maker);
        }
        CategoricalColumn truth = (CategoricalColumn) table.column(label);
        List<List<String>> modelClasses = new ArrayList<>();
        modelClasses.add(((ClassPredictions) main.output()).classes());
        base.ifPresent(b -> modelClasses.add(((ClassPredictions) b.output()).classes()));
        List<String> classes = OutcomeBuilder.classes(modelClasses, truth);
        int positive = OutcomeBuilder.positive(classes, test.positiveClass());
        OutcomeMaker maker = (out, t) -> classify(classes, positive, out, (CategoricalColumn) t.column(label));
        return new OutcomePair(maker.make(main.output(), table), base.map(b -> maker.make(b.output(), table)), maker);
    }

    private static Outcomes classify(List<String> classes, int positive, ModelOutput out, CategoricalColumn truth) {
        ClassPredictions p = (ClassPredictions) out;
        return OutcomeBuilder.classify(classes, positive, p.classes(), p.predicted(), p.scores(), p.probabilities(), truth);
    }
}
