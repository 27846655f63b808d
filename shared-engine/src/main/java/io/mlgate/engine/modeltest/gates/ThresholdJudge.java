package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.policy.Bound;
import io.mlgate.engine.modeltest.policy.GateSpec;

import java.util.Locale;

/** A metric (its value, or an end of its bootstrap interval) against {@code min} and/or {@code max}. */
final class ThresholdJudge {
    private ThresholdJudge() {
    }

    static CheckResult judge(GateSpec.Threshold g, GateContext ctx) {
        MeasuredModel m = ctx.challenger();
        MetricId id = g.metric().id();
        String what = g.bound() == Bound.VALUE ? "" : String.format(Locale.ROOT, "%s end of the %.0f%% interval ",
                g.bound().name().toLowerCase(Locale.ROOT), ctx.bootstrap().confidence() * 100);
        String threshold = what + Judge.range(g.range());
        double v = m.value(id);
        if (g.bound() != Bound.VALUE) {
            if (!m.hasSamples()) {
                return Judge.result(g, ctx, Status.NO_DATA, null, threshold, id + " has no interval: the bootstrap "
                        + "is off (resamples: 0)", "threshold");
            }
            double[] ci = ctx.bootstrap().interval(m.samples(id));
            v = g.bound() == Bound.LOWER ? ci[0] : ci[1];
        }
        if (Double.isNaN(v)) {
            return Judge.result(g, ctx, Status.NO_DATA, null, threshold, id + " is undefined on this test data "
                    + "(for example a class that never occurs)", "threshold");
        }
        boolean holds = g.range().holds(v);
        String message = id + " " + (what.isEmpty() ? "is " : "(" + what.trim() + ") is ") + Judge.num(v)
                + (holds ? ", within " : ", outside ") + Judge.range(g.range());
        return Judge.result(g, ctx, Judge.verdict(g, holds), v, threshold, message, "threshold");
    }
}
