package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.Column;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.metrics.Evaluation;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.metrics.Outcomes;
import io.mlgate.engine.modeltest.policy.AnalysisSpecs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures every metric on each slice of the test rows. Configured columns slice by value (text, or numbers with at
 * most {@value #MAX_VALUES} values) or by the given bin edges; the search slices every feature column (text columns
 * with at most {@value #MAX_VALUES} values by value, numbers by quartile) and reports the weakest slices with at
 * least {@code min_rows} rows.
 */
public final class SliceAnalysis {
    static final int MAX_VALUES = 50;

    private SliceAnalysis() {
    }

    public static SliceResults run(Table table, Outcomes outcomes, AnalysisSpecs.Slices spec, List<String> features) {
        MetricId metric = spec.metric().id();
        List<SliceResults.Slice> configured = new ArrayList<>();
        for (AnalysisSpecs.SliceColumn c : spec.columns()) {
            configured.addAll(measure(table.column(c.column()), outcomes, Slicer.of(table.column(c.column()), c.bins())));
        }
        List<SliceResults.Slice> candidates = new ArrayList<>(configured);
        if (spec.search() > 0) {
            Set<String> searched = new LinkedHashSet<>(features);
            spec.columns().forEach(c -> searched.remove(c.column()));
            for (String f : searched) {
                Column col = table.column(f);
                if (col instanceof CategoricalColumn cat && cat.levels().size() > MAX_VALUES) {
                    continue;
                }
                candidates.addAll(measure(col, outcomes, Slicer.search(col)));
            }
        }
        boolean higher = metric.kind().higherIsBetter();
        List<SliceResults.Slice> weakest = candidates.stream()
                .filter(s -> s.rows() >= spec.minRows() && !Double.isNaN(s.value(metric)))
                .sorted(Comparator.comparingDouble((SliceResults.Slice s) -> higher ? s.value(metric) : -s.value(metric)))
                .limit(spec.search() > 0 ? spec.search() : 1)
                .toList();
        return new SliceResults(metric, spec.minRows(), configured, weakest);
    }

    private static List<SliceResults.Slice> measure(Column col, Outcomes outcomes, Slicer slicer) {
        int[] slice = slicer.assign(col);
        int k = slicer.labels().size();
        List<List<Integer>> rows = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            rows.add(new ArrayList<>());
        }
        for (int i = 0; i < slice.length; i++) {
            if (slice[i] >= 0) {
                rows.get(slice[i]).add(i);
            }
        }
        List<SliceResults.Slice> out = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            if (rows.get(s).isEmpty()) {
                continue;
            }
            int[] idx = rows.get(s).stream().mapToInt(Integer::intValue).toArray();
            Evaluation e = Evaluation.of(outcomes.reorder(idx));
            double[] v = e.compute(null);
            Map<MetricId, Double> values = new HashMap<>();
            for (int m = 0; m < v.length; m++) {
                values.put(e.ids().get(m), v[m]);
            }
            out.add(new SliceResults.Slice(col.name(), slicer.labels().get(s), idx.length, values));
        }
        return out;
    }
}
