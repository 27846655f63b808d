package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.modeltest.analysis.RobustnessResults;
import io.mlgate.engine.modeltest.policy.GateSpec;
import io.mlgate.engine.report.ReportValues;

/** The share of predictions that changed under one perturbation (or the largest share of all) against a maximum. */
final class RobustnessJudge {
    private RobustnessJudge() {
    }

    static CheckResult judge(GateSpec.Robustness g, GateContext ctx) {
        RobustnessResults r = ctx.analyses().robustness().orElse(null);
        String threshold = "share of changed predictions <= " + Judge.num(g.max());
        RobustnessResults.Result worst = null;
        if (r != null) {
            for (RobustnessResults.Result x : r.results()) {
                boolean wanted = g.perturbation().map(p -> p == x.perturbation()).orElse(true);
                if (wanted && !Double.isNaN(x.share()) && (worst == null || x.share() > worst.share())) {
                    worst = x;
                }
            }
        }
        if (worst == null) {
            return Judge.result(g, ctx, Status.NO_DATA, null, threshold, "no perturbation of this kind applies to the "
                    + "model's features (or the model is a predictions file)", "robustness");
        }
        boolean holds = worst.share() <= g.max();
        return Judge.result(g, ctx, Judge.verdict(g, holds), worst.share(), threshold, worst.changed() + " of "
                + r.rows() + " predictions (" + ReportValues.percent(worst.share()) + ") changed under "
                + worst.description(), "robustness");
    }
}
