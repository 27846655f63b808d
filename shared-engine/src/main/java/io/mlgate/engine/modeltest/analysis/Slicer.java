package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.Column;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.modeltest.stats.Quantiles;
import io.mlgate.engine.report.ReportValues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Assigns rows to slices of one column: by value, or by ranges between edges; missing values get their own slice. */
final class Slicer {
    private final List<String> labels = new ArrayList<>();
    private final double[] edges;
    private final List<Double> values;

    private Slicer(double[] edges, List<Double> values) {
        this.edges = edges;
        this.values = values;
    }

    List<String> labels() {
        return labels;
    }

    static Slicer of(Column col, Optional<List<Double>> bins) {
        if (col instanceof NumericColumn n) {
            if (bins.isPresent()) {
                return ranges(n, bins.get().stream().mapToDouble(Double::doubleValue).toArray());
            }
            TreeSet<Double> distinct = new TreeSet<>();
            for (double v : n.values()) {
                if (!Double.isNaN(v) && distinct.size() <= SliceAnalysis.MAX_VALUES) {
                    distinct.add(v);
                }
            }
            if (distinct.size() > SliceAnalysis.MAX_VALUES) {
                return quartiles(n);
            }
            Slicer s = new Slicer(null, new ArrayList<>(distinct));
            distinct.forEach(v -> s.labels.add(n.name() + " = " + ReportValues.number(v)));
            s.labels.add(n.name() + " missing");
            return s;
        }
        Slicer s = new Slicer(null, null);
        ((CategoricalColumn) col).levels().forEach(l -> s.labels.add(col.name() + " = " + l));
        s.labels.add(col.name() + " missing");
        return s;
    }

    /** The search's slicing: values of text columns, quartiles of numbers. */
    static Slicer search(Column col) {
        return col instanceof NumericColumn n ? quartiles(n) : of(col, Optional.empty());
    }

    private static Slicer quartiles(NumericColumn n) {
        double[] v = Arrays.stream(n.values()).filter(x -> !Double.isNaN(x)).sorted().toArray();
        TreeSet<Double> cuts = new TreeSet<>();
        for (double q : new double[]{0.25, 0.5, 0.75}) {
            cuts.add(Quantiles.sorted(v, q));
        }
        return ranges(n, cuts.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Slicer ranges(NumericColumn n, double[] e) {
        Slicer s = new Slicer(e, null);
        String c = n.name();
        s.labels.add(c + " < " + ReportValues.number(e[0]));
        for (int i = 1; i < e.length; i++) {
            s.labels.add(c + " in [" + ReportValues.number(e[i - 1]) + ", " + ReportValues.number(e[i]) + ")");
        }
        s.labels.add(c + " >= " + ReportValues.number(e[e.length - 1]));
        s.labels.add(c + " missing");
        return s;
    }

    /** The slice of each row (an index into {@link #labels()}). */
    int[] assign(Column col) {
        int[] out = new int[col.size()];
        int missing = labels.size() - 1;
        for (int i = 0; i < out.length; i++) {
            if (col.isMissing(i)) {
                out[i] = missing;
            } else if (col instanceof CategoricalColumn c) {
                out[i] = c.codes()[i];
            } else {
                double v = ((NumericColumn) col).values()[i];
                out[i] = edges != null ? bin(v) : values.indexOf(v);
            }
        }
        return out;
    }

    private int bin(double v) {
        int i = 0;
        while (i < edges.length && v >= edges[i]) {
            i++;
        }
        return i;
    }
}
