package io.mlgate.engine.model;

import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

import java.util.Arrays;
import java.util.function.IntFunction;

/** Rows of a {@link Table} as Tribuo examples and datasets. */
public final class TribuoExamples {
    /** The name of the single regression target Tribuo models are trained on. */
    public static final String TARGET = "target";

    private TribuoExamples() {
    }

    /** One example of {@code row} with the given output. */
    public static <T extends Output<T>> Example<T> example(FeatureColumns features, int row, T output) {
        String[] names = new String[features.width()];
        double[] values = new double[features.width()];
        int k = features.row(row, names, values);
        return new ArrayExample<>(output, Arrays.copyOf(names, k), Arrays.copyOf(values, k));
    }

    /** A classification dataset of {@code rows} with labels from {@code label}. */
    public static MutableDataset<Label> classification(FeatureColumns features, CategoricalColumn label, int[] rows,
                                                       String description) {
        LabelFactory f = new LabelFactory();
        return dataset(f, features, rows, description, r -> new Label(label.get(r)));
    }

    /** A regression dataset of {@code rows} with targets from {@code label}. */
    public static MutableDataset<Regressor> regression(FeatureColumns features, NumericColumn label, int[] rows,
                                                       String description) {
        RegressionFactory f = new RegressionFactory();
        return dataset(f, features, rows, description, r -> new Regressor(TARGET, label.get(r)));
    }

    private static <T extends Output<T>> MutableDataset<T> dataset(OutputFactory<T> factory, FeatureColumns features,
                                                                   int[] rows, String description,
                                                                   IntFunction<T> output) {
        MutableDataset<T> ds = new MutableDataset<>(new SimpleDataSourceProvenance(description, factory), factory);
        for (int r : rows) {
            ds.add(example(features, r, output.apply(r)));
        }
        return ds;
    }
}
