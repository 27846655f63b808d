package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.policy.AnalysisSpecs;
import io.mlgate.engine.modeltest.predict.Predictor;
import io.mlgate.engine.modeltest.stats.Quantiles;

import java.util.Arrays;

/** Times single-row predictions through the same predictor the test uses (including building the row). */
public final class LatencyAnalysis {
    private LatencyAnalysis() {
    }

    public static LatencyResults run(Table table, Predictor model, AnalysisSpecs.Latency spec, int rows,
                                     long batchMillis) {
        int[] sample = RowSample.of(table.rows(), spec.rows() + spec.warmup(), 17);
        double[] ms = new double[Math.max(0, sample.length - spec.warmup())];
        for (int i = 0; i < sample.length; i++) {
            Table one = table.reorder(new int[]{sample[i]});
            long start = System.nanoTime();
            model.predict(one);
            long took = System.nanoTime() - start;
            if (i >= spec.warmup()) {
                ms[i - spec.warmup()] = took / 1e6;
            }
        }
        Arrays.sort(ms);
        return new LatencyResults(ms.length, Quantiles.sorted(ms, 0.5), Quantiles.sorted(ms, 0.95),
                Quantiles.sorted(ms, 0.99), batchMillis <= 0 ? Double.NaN : rows * 1000.0 / batchMillis);
    }
}
