package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.modeltest.analysis.SliceResults;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.policy.GateSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A metric on the worst slice with at least {@code min_rows} rows (configured slices and the search's). */
final class SliceJudge {
    private SliceJudge() {
    }

    static CheckResult judge(GateSpec.Slice g, GateContext ctx) {
        SliceResults r = ctx.analyses().slices().orElseThrow();
        MetricId id = g.metric().id();
        List<SliceResults.Slice> all = new ArrayList<>(r.slices());
        r.weakest().stream().filter(s -> !all.contains(s)).forEach(all::add);
        boolean higher = id.kind().higherIsBetter();
        var worst = all.stream().filter(s -> s.rows() >= r.minRows() && !Double.isNaN(s.value(id)))
                .min(Comparator.comparingDouble(s -> higher ? s.value(id) : -s.value(id)));
        String threshold = "worst slice " + Judge.range(g.range());
        if (worst.isEmpty()) {
            return Judge.result(g, ctx, Status.NO_DATA, null, threshold, "no slice has " + r.minRows()
                    + " rows or more with " + id + " defined", "slice");
        }
        SliceResults.Slice s = worst.get();
        double v = s.value(id);
        boolean holds = g.range().holds(v);
        return Judge.result(g, ctx, Judge.verdict(g, holds), v, threshold, "worst slice " + s.description() + " ("
                + s.rows() + " rows): " + id + " " + Judge.num(v), "slice");
    }
}
