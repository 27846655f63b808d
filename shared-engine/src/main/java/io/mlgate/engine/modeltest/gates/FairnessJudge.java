package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.modeltest.analysis.FairnessResults;
import io.mlgate.engine.modeltest.policy.Bound;
import io.mlgate.engine.modeltest.policy.GateSpec;

import java.util.Locale;

/** A fairness metric of one sensitive column, or the least fair of them, on its value or an interval end. */
final class FairnessJudge {
    private FairnessJudge() {
    }

    static CheckResult judge(GateSpec.Fairness g, GateContext ctx) {
        FairnessResults r = ctx.analyses().fairness().orElseThrow();
        String what = g.bound() == Bound.VALUE ? "" : String.format(Locale.ROOT, "%s end of the %.0f%% interval ",
                g.bound().name().toLowerCase(Locale.ROOT), r.confidence() * 100);
        String threshold = what + Judge.range(g.range());
        FairnessResults.Attribute worst = null;
        double worstValue = Double.NaN;
        for (FairnessResults.Attribute a : r.attributes()) {
            if (g.attribute().isPresent() && !g.attribute().get().equals(a.column())) {
                continue;
            }
            FairnessResults.Value v = a.metrics().get(g.metric());
            double x = g.bound() == Bound.LOWER ? v.lower() : g.bound() == Bound.UPPER ? v.upper() : v.value();
            if (!Double.isNaN(x) && (worst == null || (g.metric().higherIsBetter() ? x < worstValue : x > worstValue))) {
                worst = a;
                worstValue = x;
            }
        }
        if (g.attribute().isPresent() && r.attributes().stream().noneMatch(a -> a.column().equals(g.attribute().get()))) {
            throw g.origin().error("attribute '" + g.attribute().get() + "' is not listed in model.test.fairness.sensitive");
        }
        if (worst == null) {
            return Judge.result(g, ctx, Status.NO_DATA, null, threshold, g.metric().yamlName() + " is undefined: fewer "
                    + "than two groups with " + r.minRows() + " rows or more" + (g.bound() == Bound.VALUE ? ""
                    : ", or no bootstrap (resamples: 0)"), "fairness");
        }
        boolean holds = g.range().holds(worstValue);
        return Judge.result(g, ctx, Judge.verdict(g, holds), worstValue, threshold, g.metric().yamlName() + " over "
                + worst.column() + (what.isEmpty() ? "" : " (" + what.trim() + ")") + " is " + Judge.num(worstValue)
                + " (favourable class " + r.favorable() + ")", "fairness");
    }
}
