package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.policy.GateSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The model under test against the baseline on the same rows: how much worse it is, in the metric's own direction
 * (a drop for accuracy, a rise for RMSE), absolute and relative to the baseline's value. Measured is the signed
 * change {@code model - baseline}.
 */
final class ChangeJudge {
    private ChangeJudge() {
    }

    static CheckResult judge(GateSpec.Change g, GateContext ctx) {
        MetricId id = g.metric().id();
        String threshold = threshold(g);
        if (ctx.champion().isEmpty()) {
            return Judge.result(g, ctx, Status.NO_DATA, null, threshold, "no baseline model to compare with "
                    + "(pass --baseline)", "change");
        }
        double now = ctx.challenger().value(id);
        double base = ctx.champion().get().value(id);
        if (Double.isNaN(now) || Double.isNaN(base)) {
            return Judge.result(g, ctx, Status.NO_DATA, null, threshold, id + " is undefined on this test data "
                    + "for " + (Double.isNaN(now) ? "the model" : "the baseline"), "change");
        }
        double worse = -id.kind().improvement(now, base);
        double relative = base == 0 ? (worse == 0 ? 0 : Double.POSITIVE_INFINITY) : worse / Math.abs(base);
        boolean holds = (g.maxWorse().isEmpty() || worse <= g.maxWorse().getAsDouble())
                && (g.maxWorseRelative().isEmpty() || relative <= g.maxWorseRelative().getAsDouble());
        String how = worse > 0 ? Judge.num(worse) + " worse" : worse < 0 ? Judge.num(-worse) + " better" : "unchanged";
        String message = id + " " + Judge.num(now) + " against the baseline's " + Judge.num(base) + ": " + how
                + (worse != 0 && Double.isFinite(relative) ? " (" + Judge.num(Math.abs(relative) * 100) + "%)" : "");
        return Judge.result(g, ctx, Judge.verdict(g, holds), now - base, threshold, message, "change");
    }

    private static String threshold(GateSpec.Change g) {
        List<String> parts = new ArrayList<>();
        g.maxWorse().ifPresent(v -> parts.add("at most " + Judge.num(v) + " worse"));
        g.maxWorseRelative().ifPresent(v -> parts.add("at most " + Judge.num(v * 100) + "% worse"));
        return String.join(" and ", parts) + " than the baseline";
    }
}
