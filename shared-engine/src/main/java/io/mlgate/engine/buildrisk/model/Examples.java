package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.util.Arrays;
import java.util.List;

/** Build features as Tribuo examples: every feature present (zeros too), labels {@code broken} and {@code ok}. */
final class Examples {
    static final String BROKEN = "broken";
    static final String OK = "ok";
    static final LabelFactory LABELS = new LabelFactory();
    /** The features the model is given ({@link Feature#modelInput()}), in {@link Feature} order. */
    private static final Feature[] INPUTS = Arrays.stream(Feature.values()).filter(Feature::modelInput)
            .toArray(Feature[]::new);
    private static final String[] NAMES = Arrays.stream(INPUTS).map(Feature::id).toArray(String[]::new);

    private Examples() {
    }

    static Example<Label> labeled(BuildFeatures f) {
        return new ArrayExample<>(new Label(f.broken() ? BROKEN : OK), NAMES.clone(), inputs(f.trainingValues()));
    }

    /** An example of the given model values, without an outcome. */
    static Example<Label> unlabeled(double[] modelValues) {
        return new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, NAMES.clone(), inputs(modelValues));
    }

    /** The values of the model's inputs among values in {@link Feature} order. */
    private static double[] inputs(double[] values) {
        double[] v = new double[INPUTS.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[INPUTS[i].ordinal()];
        }
        return v;
    }

    /**
     * The rows as a dataset. With a half-life {@code h > 0} (a share of the rows), older builds weigh less: the
     * newest weighs 1, one {@code h * rows} builds older weighs 1/2, and so on.
     */
    static MutableDataset<Label> dataset(String description, List<BuildFeatures> rows, double halfLife) {
        MutableDataset<Label> d = new MutableDataset<>(new SimpleDataSourceProvenance(description, LABELS), LABELS);
        double span = halfLife * rows.size();
        for (int i = 0; i < rows.size(); i++) {
            Example<Label> e = labeled(rows.get(i));
            if (halfLife > 0) {
                e.setWeight((float) Math.pow(0.5, (rows.size() - 1 - i) / span));
            }
            d.add(e);
        }
        return d;
    }
}
