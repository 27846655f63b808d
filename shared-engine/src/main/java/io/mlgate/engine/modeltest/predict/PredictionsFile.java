package io.mlgate.engine.modeltest.predict;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.ColumnRequest;
import io.mlgate.engine.model.ColumnRequest.ReadAs;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Predictions made elsewhere, read from columns next to the true label: for models mlgate cannot load. Classes are
 * every value seen in the label and predicted columns and the score columns' classes, sorted. Missing or
 * non-numeric scores and missing predictions are bad input.
 */
public final class PredictionsFile implements Predictor {
    private final ModelTask task;
    private final String label;
    private final PredictionsSpec spec;
    private final Optional<String> positive;
    private String location = "predictions";

    public PredictionsFile(ModelTask task, String label, PredictionsSpec spec, Optional<String> positive) {
        this.task = task;
        this.label = label;
        this.spec = spec;
        this.positive = positive;
        if (task == ModelTask.REGRESSION && spec.predicted().isEmpty()) {
            throw new BadInputException("model.test.predictions: regression needs a 'predicted' column");
        }
    }

    @Override
    public String describe() {
        return "predictions file (" + location + ")";
    }

    @Override
    public ModelTask task() {
        return task;
    }

    @Override
    public List<ColumnRequest> bind(Dataset data) {
        location = data.source().location();
        List<ColumnRequest> out = new ArrayList<>();
        boolean cls = task == ModelTask.CLASSIFICATION;
        out.add(new ColumnRequest(label, cls ? ReadAs.TEXT : ReadAs.NUMBER, "label column"));
        spec.predicted().ifPresent(p -> out.add(new ColumnRequest(p, cls ? ReadAs.TEXT : ReadAs.NUMBER,
                "predicted column")));
        spec.score().ifPresent(s -> out.add(new ColumnRequest(s, ReadAs.NUMBER, "score column")));
        spec.scores().values().forEach(s -> out.add(new ColumnRequest(s, ReadAs.NUMBER, "score column")));
        return out;
    }

    @Override
    public List<String> featureColumns() {
        return List.of();
    }

    @Override
    public ModelOutput predict(Table t) {
        if (task == ModelTask.REGRESSION) {
            NumericColumn p = (NumericColumn) t.column(spec.predicted().orElseThrow());
            checkPresent(p.values(), p.name());
            return new ValuePredictions(p.values());
        }
        TreeSet<String> set = new TreeSet<>(((CategoricalColumn) t.column(label)).levels());
        spec.predicted().ifPresent(p -> set.addAll(((CategoricalColumn) t.column(p)).levels()));
        set.addAll(spec.scores().keySet());
        List<String> classes = new ArrayList<>(set);
        int n = t.rows();
        int k = classes.size();
        double[] scores = null;
        if (spec.score().isPresent()) {
            scores = binaryScores(t, classes);
        } else if (!spec.scores().isEmpty()) {
            scores = new double[n * k];
            for (Map.Entry<String, String> e : spec.scores().entrySet()) {
                double[] v = ((NumericColumn) t.column(e.getValue())).values();
                checkPresent(v, e.getValue());
                int c = classes.indexOf(e.getKey());
                for (int i = 0; i < n; i++) {
                    scores[i * k + c] = v[i];
                }
            }
        }
        int[] predicted = new int[n];
        if (spec.predicted().isPresent()) {
            CategoricalColumn p = (CategoricalColumn) t.column(spec.predicted().get());
            int[] map = p.levels().stream().mapToInt(classes::indexOf).toArray();
            for (int i = 0; i < n; i++) {
                if (p.codes()[i] < 0) {
                    throw new BadInputException(location + ": predicted column '" + p.name() + "' is empty in row "
                            + (i + 1));
                }
                predicted[i] = map[p.codes()[i]];
            }
        } else {
            int pos = spec.score().isPresent() ? positiveIndex(classes) : -1;
            for (int i = 0; i < n; i++) {
                predicted[i] = pos >= 0 ? (scores[i * k + pos] >= spec.threshold() ? pos : 1 - pos) : argmax(scores, i, k);
            }
        }
        return new ClassPredictions(classes, predicted, scores, scores != null && probabilities(scores, k));
    }

    private double[] binaryScores(Table t, List<String> classes) {
        String col = spec.score().get();
        if (classes.size() != 2) {
            throw new BadInputException(location + ": score column '" + col + "' gives one score, which needs two "
                    + "classes; found " + classes.size() + " (" + String.join(", ", classes) + "); use scores: {class: column}");
        }
        int pos = positiveIndex(classes);
        double[] v = ((NumericColumn) t.column(col)).values();
        checkPresent(v, col);
        double[] s = new double[v.length * 2];
        for (int i = 0; i < v.length; i++) {
            s[i * 2 + pos] = v[i];
            s[i * 2 + 1 - pos] = 1 - v[i];
        }
        return s;
    }

    private int positiveIndex(List<String> classes) {
        String p = positive.orElse(classes.get(classes.size() - 1));
        int at = classes.indexOf(p);
        if (at < 0) {
            throw new BadInputException("model.test.positive_class '" + p + "' is not among the classes "
                    + String.join(", ", classes));
        }
        return at;
    }

    private void checkPresent(double[] v, String column) {
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                throw new BadInputException(location + ": column '" + column + "' is empty or not a finite number in row "
                        + (i + 1));
            }
        }
    }

    private static int argmax(double[] s, int row, int k) {
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (s[row * k + c] > s[row * k + best]) {
                best = c;
            }
        }
        return best;
    }

    /** Scores in [0, 1] whose rows sum to 1 (within 1e-3) are probabilities. */
    private static boolean probabilities(double[] s, int k) {
        for (int i = 0; i < s.length / k; i++) {
            double sum = 0;
            for (int c = 0; c < k; c++) {
                double v = s[i * k + c];
                if (v < 0 || v > 1) {
                    return false;
                }
                sum += v;
            }
            if (Math.abs(sum - 1) > 1e-3) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Map<String, String> fingerprints() {
        return Map.of();
    }
}
