package io.mlgate.engine.train;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.gates.MeasuredModel;
import io.mlgate.engine.modeltest.metrics.MetricValue;
import io.mlgate.engine.modeltest.metrics.OutcomeBuilder;
import io.mlgate.engine.modeltest.metrics.Outcomes;
import io.mlgate.engine.modeltest.predict.ClassPredictions;
import io.mlgate.engine.modeltest.predict.ModelOutput;
import io.mlgate.engine.modeltest.predict.TribuoPredictor;
import io.mlgate.engine.modeltest.predict.ValuePredictions;
import io.mlgate.engine.modeltest.report.ModelResults;
import io.mlgate.engine.modeltest.run.Measurement;
import io.mlgate.engine.modeltest.stats.Bootstrap;
import org.tribuo.Model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Measures a freshly trained model on the held-out rows with the same metrics and intervals as model tests. */
final class Holdout {
    private Holdout() {
    }

    /** Held-out metrics (empty with no held-out rows) and the model's classes. */
    record Measured(List<MetricValue> metrics, List<String> classes, Optional<ModelResults> results) {
    }

    /** @param positive the policy's positive class, used when the held-out rows hold exactly two classes */
    static Measured measure(TrainingData td, HoldoutSplit split, ModelSpec spec, Model<?> model, Path file,
                            Bootstrap bootstrap, Optional<String> positive) {
        TribuoPredictor predictor = new TribuoPredictor(file, model, td.features());
        if (split.holdout().length == 0) {
            return new Measured(List.of(), predictor.classes(), Optional.empty());
        }
        Table held = td.table().reorder(split.holdout());
        long start = System.nanoTime();
        ModelOutput out = predictor.predict(held);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Outcomes outcomes;
        if (out instanceof ClassPredictions p) {
            CategoricalColumn truth = (CategoricalColumn) held.column(spec.label());
            List<String> classes = OutcomeBuilder.classes(List.of(p.classes()), truth);
            int pos = OutcomeBuilder.positive(classes, classes.size() == 2 ? positive : Optional.empty());
            outcomes = OutcomeBuilder.classify(classes, pos, p.classes(), p.predicted(), p.scores(),
                    p.probabilities(), truth);
        } else {
            outcomes = OutcomeBuilder.regress(((ValuePredictions) out).values(), (NumericColumn) held.column(spec.label()));
        }
        MeasuredModel m = Measurement.measure(List.of(predictor.describe()), List.of(outcomes), bootstrap)
                .models().get(0);
        return new Measured(m.values(bootstrap), predictor.classes(),
                Optional.of(Measurement.results(m, Optional.empty(), bootstrap, millis)));
    }
}
