package io.mlgate.engine.modeltest.metrics;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.NumericColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Puts predictions next to the truth. For classification every model compared on the same rows is mapped onto one
 * class list (the first model's classes, then any other model's, then classes only the truth holds, which no model
 * predicts and which score 0), so their metrics line up.
 */
public final class OutcomeBuilder {
    private OutcomeBuilder() {
    }

    /** The class list shared by models with {@code modelClasses} on data whose labels are {@code truth}. */
    public static List<String> classes(List<List<String>> modelClasses, CategoricalColumn truth) {
        List<String> out = new ArrayList<>();
        modelClasses.forEach(cs -> cs.stream().filter(c -> !out.contains(c)).forEach(out::add));
        new TreeSet<>(truth.levels()).stream().filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    /** The positive class index for binary metrics: the configured one, or the later of the two names in sort order. */
    public static int positive(List<String> classes, Optional<String> configured) {
        if (classes.size() != 2) {
            if (configured.isPresent()) {
                throw new BadInputException("model.test.positive_class '" + configured.get() + "' applies to two "
                        + "classes; this test has " + classes.size() + ": " + String.join(", ", classes));
            }
            return -1;
        }
        String p = configured.orElse(new TreeSet<>(classes).last());
        int at = classes.indexOf(p);
        if (at < 0) {
            throw new BadInputException("model.test.positive_class '" + p + "' is not one of the classes "
                    + String.join(", ", classes));
        }
        return at;
    }

    /**
     * Outcomes of one model on {@code truth} over the shared {@code classes}.
     *
     * @param modelClasses the model's own class order (its predicted indices and score columns)
     */
    public static ClassOutcomes classify(List<String> classes, int positive, List<String> modelClasses, int[] predicted,
                                         double[] scores, boolean probabilities, CategoricalColumn truth) {
        int n = truth.size();
        int k = classes.size();
        int[] fromModel = modelClasses.stream().mapToInt(classes::indexOf).toArray();
        int[] fromTruth = truth.levels().stream().mapToInt(classes::indexOf).toArray();
        int[] t = new int[n];
        int[] p = new int[n];
        double[] s = scores == null ? null : new double[n * k];
        int mk = modelClasses.size();
        for (int i = 0; i < n; i++) {
            if (truth.codes()[i] < 0) {
                throw new BadInputException("label column '" + truth.name() + "' is empty in row " + (i + 1)
                        + "; every test row needs its true label");
            }
            t[i] = fromTruth[truth.codes()[i]];
            p[i] = fromModel[predicted[i]];
            if (s != null) {
                for (int c = 0; c < mk; c++) {
                    s[i * k + fromModel[c]] = scores[i * mk + c];
                }
            }
        }
        return new ClassOutcomes(classes, t, p, s, probabilities, positive);
    }

    /** Regression outcomes; every true value must be present. */
    public static RegressionOutcomes regress(double[] predicted, NumericColumn truth) {
        for (int i = 0; i < truth.size(); i++) {
            if (Double.isNaN(truth.values()[i])) {
                throw new BadInputException("label column '" + truth.name() + "' is empty in row " + (i + 1)
                        + "; every test row needs its true value");
            }
            if (!Double.isFinite(predicted[i])) {
                throw new BadInputException("the model predicted a non-finite value (" + predicted[i] + ") for row " + (i + 1));
            }
        }
        return new RegressionOutcomes(truth.values(), predicted);
    }
}
