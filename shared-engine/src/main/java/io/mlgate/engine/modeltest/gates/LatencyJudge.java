package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.modeltest.analysis.LatencyResults;
import io.mlgate.engine.modeltest.policy.GateSpec;

/** Per-row latency percentiles or batch throughput against bounds. */
final class LatencyJudge {
    private LatencyJudge() {
    }

    static CheckResult judge(GateSpec.Latency g, GateContext ctx) {
        String threshold = Judge.range(g.range());
        if (ctx.analyses().latency().isEmpty()) {
            return Judge.result(g, ctx, Status.NO_DATA, null, threshold, "latency is not measured for a predictions "
                    + "file", "latency");
        }
        LatencyResults r = ctx.analyses().latency().get();
        double v = switch (g.metric()) {
            case P50_MS -> r.p50Millis();
            case P95_MS -> r.p95Millis();
            case P99_MS -> r.p99Millis();
            case ROWS_PER_SECOND -> r.rowsPerSecond();
        };
        boolean holds = g.range().holds(v);
        return Judge.result(g, ctx, Judge.verdict(g, holds), v, threshold, g.metric().yamlName() + " is "
                + Judge.num(v) + " (" + r.rows() + " rows predicted one at a time; batch throughput "
                + Judge.num(Math.round(r.rowsPerSecond())) + " rows/s)", "latency");
    }
}
