package io.mlgate.engine.modeltest.run;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.modeltest.gates.MeasuredModel;
import io.mlgate.engine.modeltest.metrics.ClassOutcomes;
import io.mlgate.engine.modeltest.metrics.Curves;
import io.mlgate.engine.modeltest.metrics.Evaluation;
import io.mlgate.engine.modeltest.metrics.MetricGroup;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.metrics.MetricValue;
import io.mlgate.engine.modeltest.metrics.Outcomes;
import io.mlgate.engine.modeltest.report.ClassCurves;
import io.mlgate.engine.modeltest.report.ModelResults;
import io.mlgate.engine.modeltest.stats.Bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Measures one or more models on the same rows in one bootstrap run (so they are paired) and shapes the results. */
public final class Measurement {
    private Measurement() {
    }

    /**
     * Models measured together.
     *
     * @param order the row order the outcomes were put in ({@code order[i]} is the data row of position i), so
     *              callers can line up other per-row data with the models' outcomes
     */
    public record Measured(List<MeasuredModel> models, int[] order) {
    }

    /**
     * Every model's metrics, point values and resamples; all models see the same weights in each resample. With two
     * classes and scores the rows are first put in descending order of the first model's positive-class score: the
     * ranking pass of each resample then reads the weights sequentially, and per-row arrays are read in the same
     * order. Point values do not depend on row order; resamples are drawn over positions in this order.
     */
    public static Measured measure(List<String> names, List<Outcomes> given, Bootstrap bootstrap) {
        return measure(names, given, bootstrap, Progress.SILENT);
    }

    /** {@link #measure(List, List, Bootstrap)}, reporting the bootstrap's progress on long runs. */
    public static Measured measure(List<String> names, List<Outcomes> given, Bootstrap bootstrap, Progress progress) {
        int[] order = canonicalOrder(given.get(0));
        List<Outcomes> outcomes = given.stream().map(o -> o.reorder(order)).toList();
        List<Evaluation> evals = outcomes.stream().map(Evaluation::of).toList();
        List<MetricGroup> groups = new ArrayList<>();
        evals.forEach(e -> groups.addAll(e.groups()));
        double[][] samples = bootstrap.run(outcomes.get(0).size(), groups, progress);
        List<MeasuredModel> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < evals.size(); i++) {
            Evaluation e = evals.get(i);
            int width = e.ids().size();
            double[][] mine = new double[width][];
            System.arraycopy(samples, at, mine, 0, width);
            at += width;
            out.add(new MeasuredModel(names.get(i), e, e.compute(null), mine));
        }
        return new Measured(out, order);
    }

    private static int[] canonicalOrder(Outcomes o) {
        if (o instanceof ClassOutcomes c && c.binary() && c.scores() != null) {
            return c.descendingOrder(c.positive());
        }
        int[] identity = new int[o.size()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return identity;
    }

    /** The report's view of the model (and baseline): intervals, paired differences, confusion matrix, curves. */
    public static ModelResults results(MeasuredModel model, Optional<MeasuredModel> baseline, Bootstrap bootstrap,
                                       long predictMillis) {
        Outcomes o = model.evaluation().outcomes();
        List<MetricValue> base = new ArrayList<>();
        List<MetricValue> diff = new ArrayList<>();
        baseline.ifPresent(b -> {
            List<MetricValue> bv = b.values(bootstrap);
            for (int m = 0; m < model.point().length; m++) {
                MetricId id = model.evaluation().ids().get(m);
                int j = b.index(id);
                base.add(j >= 0 ? bv.get(j) : new MetricValue(id, Double.NaN, Double.NaN, Double.NaN));
                diff.add(difference(model, b, id, j, bootstrap));
            }
        });
        List<String> classes = List.of();
        Optional<String> positive = Optional.empty();
        double[][] confusion = new double[0][];
        List<ClassCurves> curves = new ArrayList<>();
        List<Curves.CalibrationBin> calibration = List.of();
        if (o instanceof ClassOutcomes c) {
            classes = c.classes();
            positive = c.binary() ? Optional.of(c.classes().get(c.positive())) : Optional.empty();
            confusion = new io.mlgate.engine.modeltest.metrics.ConfusionMetrics(c).matrix(null);
            if (c.scores() != null) {
                for (int k = 0; k < c.classCount(); k++) {
                    if (!c.binary() || k == c.positive()) {
                        List<List<Curves.Point>> rp = Curves.rocAndPr(c, k);
                        if (!rp.get(0).isEmpty()) {
                            curves.add(new ClassCurves(c.classes().get(k), rp.get(0), rp.get(1)));
                        }
                    }
                }
            }
            if (c.probabilities()) {
                calibration = Curves.calibration(c);
            }
        }
        List<String> notes = new ArrayList<>(model.evaluation().notes());
        return new ModelResults(o.task(), model.name(), baseline.map(MeasuredModel::name), o.size(), classes, positive,
                bootstrap, model.values(bootstrap), base, diff, confusion, curves, calibration, notes, predictMillis);
    }

    private static MetricValue difference(MeasuredModel m, MeasuredModel b, MetricId id, int j, Bootstrap bootstrap) {
        if (j < 0) {
            return new MetricValue(id, Double.NaN, Double.NaN, Double.NaN);
        }
        int i = m.index(id);
        double value = m.point()[i] - b.point()[j];
        if (!m.hasSamples()) {
            return new MetricValue(id, value, Double.NaN, Double.NaN);
        }
        double[] d = new double[m.samples()[i].length];
        for (int r = 0; r < d.length; r++) {
            d[r] = m.samples()[i][r] - b.samples()[j][r];
        }
        double[] ci = bootstrap.interval(d);
        return new MetricValue(id, value, ci[0], ci[1]);
    }
}
