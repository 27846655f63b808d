package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.metrics.ClassOutcomes;
import io.mlgate.engine.modeltest.policy.AnalysisSpecs;
import io.mlgate.engine.modeltest.policy.FairnessMetric;
import io.mlgate.engine.modeltest.stats.Bootstrap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per-group rates and group-fairness metrics for each sensitive column, with intervals from a Poisson bootstrap
 * over the test rows (the model test's bootstrap settings). Rows whose sensitive value is missing belong to no group.
 */
public final class FairnessAnalysis {
    private FairnessAnalysis() {
    }

    public static FairnessResults run(Table table, ClassOutcomes o, AnalysisSpecs.Fairness spec, Bootstrap bootstrap) {
        String fav = spec.favorable().orElseGet(() -> {
            if (!o.binary()) {
                throw new BadInputException("model.test.fairness: name the favourable class ('favorable:'); with "
                        + o.classCount() + " classes there is no positive class to default to");
            }
            return o.classes().get(o.positive());
        });
        int favIndex = o.classes().indexOf(fav);
        if (favIndex < 0) {
            throw new BadInputException("model.test.fairness.favorable '" + fav + "' is not one of the classes "
                    + String.join(", ", o.classes()));
        }
        int n = o.size();
        byte[] selected = new byte[n];
        byte[] favorable = new byte[n];
        byte[] right = new byte[n];
        for (int i = 0; i < n; i++) {
            selected[i] = (byte) (o.predicted()[i] == favIndex ? 1 : 0);
            favorable[i] = (byte) (o.truth()[i] == favIndex ? 1 : 0);
            right[i] = (byte) (o.predicted()[i] == o.truth()[i] ? 1 : 0);
        }
        List<FairnessStatistic> stats = new ArrayList<>();
        List<List<FairnessResults.Group>> groups = new ArrayList<>();
        for (String column : spec.sensitive()) {
            CategoricalColumn c = Categories.of(table.column(column));
            int k = c.levels().size();
            int[] count = new int[k];
            double[] correct = new double[k];
            for (int i = 0; i < n; i++) {
                if (c.codes()[i] >= 0) {
                    count[c.codes()[i]]++;
                    correct[c.codes()[i]] += right[i];
                }
            }
            boolean[] included = new boolean[k];
            for (int g = 0; g < k; g++) {
                included[g] = count[g] >= spec.minRows();
            }
            FairnessStatistic st = new FairnessStatistic(c.codes(), selected, favorable, included);
            double[][] x = st.counts(null);
            List<FairnessResults.Group> rows = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                rows.add(new FairnessResults.Group(c.levels().get(g), count[g], x[g][1] / x[g][0],
                        x[g][2] == 0 ? Double.NaN : x[g][3] / x[g][2],
                        x[g][0] == x[g][2] ? Double.NaN : x[g][4] / (x[g][0] - x[g][2]), correct[g] / count[g],
                        included[g]));
            }
            stats.add(st);
            groups.add(rows);
        }
        double[][] samples = bootstrap.run(n, stats);
        List<FairnessResults.Attribute> out = new ArrayList<>();
        for (int a = 0; a < stats.size(); a++) {
            double[] point = new double[3];
            stats.get(a).compute(null, point, 0);
            Map<FairnessMetric, FairnessResults.Value> metrics = new EnumMap<>(FairnessMetric.class);
            FairnessMetric[] order = FairnessMetric.values();
            for (int m = 0; m < 3; m++) {
                double[] ci = bootstrap.resamples() == 0 ? new double[]{Double.NaN, Double.NaN}
                        : bootstrap.interval(samples[a * 3 + m]);
                metrics.put(order[m], new FairnessResults.Value(point[m], ci[0], ci[1]));
            }
            out.add(new FairnessResults.Attribute(spec.sensitive().get(a), groups.get(a), metrics));
        }
        return new FairnessResults(fav, bootstrap.confidence(), spec.minRows(), out);
    }
}
