package io.mlgate.engine.modeltest.metrics;

import java.util.List;

/**
 * RMSE, MAE, R² and MAPE. R² is {@code 1 - SSE/SST} with SST around the (weighted) mean of the truth, NaN when the
 * truth is constant. MAPE is the mean of {@code |error| / |truth|} over rows whose truth is not 0 (rows with truth 0
 * have no percentage error and are left out), NaN when every truth is 0.
 */
public final class RegressionMetrics implements MetricGroup {
    private static final List<MetricId> IDS = List.of(MetricId.of(MetricKind.RMSE), MetricId.of(MetricKind.MAE),
            MetricId.of(MetricKind.R2), MetricId.of(MetricKind.MAPE));

    private final double[] err;
    private final double[] centered;
    private final double[] ape;

    public RegressionMetrics(RegressionOutcomes o) {
        int n = o.size();
        err = new double[n];
        centered = new double[n];
        ape = new double[n];
        double mean = 0;
        for (double y : o.truth()) {
            mean += y / n;
        }
        for (int i = 0; i < n; i++) {
            double y = o.truth()[i];
            err[i] = o.predicted()[i] - y;
            centered[i] = y - mean;
            ape[i] = y == 0 ? Double.NaN : Math.abs(err[i]) / Math.abs(y);
        }
    }

    @Override
    public List<MetricId> ids() {
        return IDS;
    }

    @Override
    public void compute(byte[] w, double[] out, int offset) {
        double sw = 0;
        double sse = 0;
        double sae = 0;
        double sy = 0;
        double syy = 0;
        double swApe = 0;
        double sApe = 0;
        for (int i = 0; i < err.length; i++) {
            int wi = w == null ? 1 : w[i];
            if (wi == 0) {
                continue;
            }
            double e = err[i];
            double y = centered[i];
            sw += wi;
            sse += wi * e * e;
            sae += wi * Math.abs(e);
            sy += wi * y;
            syy += wi * y * y;
            if (!Double.isNaN(ape[i])) {
                swApe += wi;
                sApe += wi * ape[i];
            }
        }
        double sst = sw == 0 ? 0 : syy - sy * sy / sw;
        out[offset] = sw == 0 ? Double.NaN : Math.sqrt(sse / sw);
        out[offset + 1] = sw == 0 ? Double.NaN : sae / sw;
        out[offset + 2] = sst <= 0 ? Double.NaN : 1 - sse / sst;
        out[offset + 3] = swApe == 0 ? Double.NaN : sApe / swApe;
    }
}
