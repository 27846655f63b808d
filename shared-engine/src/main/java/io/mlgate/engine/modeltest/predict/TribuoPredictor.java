package io.mlgate.engine.modeltest.predict;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.model.ColumnRequest;
import io.mlgate.engine.model.FeatureColumns;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.model.TribuoExamples;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A Tribuo model file under test. Predicts in parallel batches; Tribuo models are safe to share for prediction. */
public final class TribuoPredictor implements Predictor {
    private static final int BATCH = 4096;
    private final Path file;
    private final Model<?> model;
    private final ModelTask task;
    private final List<String> classes = new ArrayList<>();
    private List<String> columns;

    /** A model read from its file. */
    public TribuoPredictor(Path file) {
        this(file, TribuoModels.load(file), null);
    }

    /**
     * A model in memory (just trained) that reads {@code featureColumns} of tables built the way training built
     * them; {@code file} is where it is or will be saved, for messages.
     */
    public TribuoPredictor(Path file, Model<?> model, List<String> featureColumns) {
        this.file = file;
        this.model = model;
        this.columns = featureColumns == null ? null : List.copyOf(featureColumns);
        this.task = TribuoModels.task(model, file);
        if (task == ModelTask.CLASSIFICATION) {
            Model<Label> m = model.castModel(Label.class);
            for (int id = 0; id < m.getOutputIDInfo().size(); id++) {
                classes.add(m.getOutputIDInfo().getOutput(id).getLabel());
            }
        }
    }

    @Override
    public String describe() {
        return "Tribuo " + model.getClass().getSimpleName() + " (" + file.getFileName() + ")";
    }

    @Override
    public ModelTask task() {
        return task;
    }

    @Override
    public List<ColumnRequest> bind(Dataset data) {
        List<String> names = new ArrayList<>();
        for (VariableInfo v : model.getFeatureIDMap()) {
            names.add(v.getName());
        }
        FeatureBinding binding = FeatureBinding.bind(names, data, "the model " + file.getFileName());
        columns = binding.columnNames();
        return binding.columns();
    }

    @Override
    public List<String> featureColumns() {
        if (columns == null) {
            throw new IllegalStateException("bind the model to data before predicting");
        }
        return columns;
    }

    @Override
    public ModelOutput predict(Table table) {
        FeatureColumns features = new FeatureColumns(table, featureColumns());
        int n = table.rows();
        int[] predicted = new int[n];
        double[] scores = task == ModelTask.CLASSIFICATION ? new double[n * classes.size()] : null;
        double[] values = task == ModelTask.REGRESSION ? new double[n] : null;
        ImmutableFeatureMap known = model.getFeatureIDMap();
        IntStream.range(0, (n + BATCH - 1) / BATCH).parallel().forEach(b -> {
            int from = b * BATCH;
            int to = Math.min(n, from + BATCH);
            if (task == ModelTask.CLASSIFICATION) {
                Model<Label> m = model.castModel(Label.class);
                List<Prediction<Label>> out = m.predict(examples(features, from, to, LabelFactory.UNKNOWN_LABEL, known));
                int k = classes.size();
                for (int i = from; i < to; i++) {
                    Prediction<Label> p = out.get(i - from);
                    predicted[i] = m.getOutputIDInfo().getID(p.getOutput());
                    for (Map.Entry<String, Label> e : p.getOutputScores().entrySet()) {
                        scores[i * k + m.getOutputIDInfo().getID(e.getValue())] = e.getValue().getScore();
                    }
                }
            } else {
                Model<Regressor> m = model.castModel(Regressor.class);
                List<Prediction<Regressor>> out = m.predict(examples(features, from, to,
                        RegressionFactory.UNKNOWN_REGRESSOR, known));
                for (int i = from; i < to; i++) {
                    values[i] = out.get(i - from).getOutput().getValues()[0];
                }
            }
        });
        return task == ModelTask.CLASSIFICATION
                ? new ClassPredictions(classes, predicted, scores, model.generatesProbabilities())
                : new ValuePredictions(values);
    }

    private <T extends org.tribuo.Output<T>> List<Example<T>> examples(FeatureColumns f, int from, int to, T unknown,
                                                                       ImmutableFeatureMap known) {
        List<Example<T>> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Example<T> e = TribuoExamples.example(f, i, unknown);
            boolean any = false;
            for (org.tribuo.Feature feat : e) {
                if (known.get(feat.getName()) != null) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                throw new BadInputException("row " + (i + 1) + " of the test data has no feature value the model "
                        + file.getFileName() + " knows (all missing or unseen); the model cannot predict it");
            }
            out.add(e);
        }
        return out;
    }

    @Override
    public Map<String, String> fingerprints() {
        return Map.of(file.toString(), Fingerprints.sha256(file));
    }

    /** The model's classes in its own order (classification), else empty. */
    public List<String> classes() {
        return List.copyOf(classes);
    }

    /** The loaded Tribuo model, for callers that export or inspect it. */
    public Model<?> model() {
        return model;
    }
}
