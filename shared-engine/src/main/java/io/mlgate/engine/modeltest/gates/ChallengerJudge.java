package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.modeltest.metrics.ClassOutcomes;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.metrics.MetricKind;
import io.mlgate.engine.modeltest.policy.ChallengerMethod;
import io.mlgate.engine.modeltest.policy.GateSpec;
import io.mlgate.engine.modeltest.stats.DeLong;
import io.mlgate.engine.modeltest.stats.McNemar;
import io.mlgate.engine.modeltest.stats.Quantiles;

import java.util.Locale;

/**
 * Champion/challenger: "the challenger is not worse than the champion by more than the margin", decided with a
 * one-sided lower confidence bound of the improvement (challenger minus champion, turned so that positive is better):
 * the gate holds when that bound is at least {@code -margin}. The bound comes from the paired bootstrap (its
 * {@code 1 - confidence} quantile), McNemar's paired difference of accuracies, or DeLong's variance of the AUC
 * difference. Measured is the bound.
 */
final class ChallengerJudge {
    private ChallengerJudge() {
    }

    static CheckResult judge(GateSpec.Challenger g, GateContext ctx) {
        MetricId id = g.metric().id();
        String pct = String.format(Locale.ROOT, "%.0f%%", g.confidence() * 100);
        String threshold = "one-sided " + pct + " lower bound of the improvement >= -" + Judge.num(g.margin());
        if (ctx.champion().isEmpty()) {
            return Judge.result(g, ctx, Status.NO_DATA, null, threshold, "no champion to compare with (pass "
                    + "--baseline)", "challenger");
        }
        MeasuredModel chal = ctx.challenger();
        MeasuredModel champ = ctx.champion().get();
        ChallengerMethod method = resolve(g, chal);
        double improvement = id.kind().improvement(chal.value(id), champ.value(id));
        double lower;
        String detail;
        switch (method) {
            case MCNEMAR -> {
                McNemar m = McNemar.of(correct((ClassOutcomes) champ.evaluation().outcomes()),
                        correct((ClassOutcomes) chal.evaluation().outcomes()));
                lower = m.lowerBound(g.confidence());
                detail = "McNemar: " + m.b() + " rows only the champion gets right, " + m.c()
                        + " only the challenger; exact p = " + Judge.num(m.pValue()) + " for no difference";
            }
            case DELONG -> {
                ClassOutcomes a = (ClassOutcomes) champ.evaluation().outcomes();
                ClassOutcomes b = (ClassOutcomes) chal.evaluation().outcomes();
                DeLong d = DeLong.of(positives(b), positiveScores(a), positiveScores(b));
                lower = d.lowerBound(g.confidence());
                detail = "DeLong: standard error " + Judge.num(d.standardError()) + ", p = " + Judge.num(d.pValue())
                        + " for equal AUCs";
            }
            default -> {
                if (!chal.hasSamples()) {
                    return Judge.result(g, ctx, Status.NO_DATA, null, threshold, "the paired bootstrap is off "
                            + "(resamples: 0)", "challenger");
                }
                double[] a = champ.samples(id);
                double[] b = chal.samples(id);
                double[] diff = new double[a.length];
                for (int r = 0; r < a.length; r++) {
                    diff[r] = id.kind().improvement(b[r], a[r]);
                }
                lower = Quantiles.of(diff, 1 - g.confidence());
                detail = "paired bootstrap: " + a.length + " resamples, both models under the same row weights";
            }
        }
        if (Double.isNaN(lower) || Double.isNaN(improvement)) {
            return Judge.result(g, ctx, Status.NO_DATA, null, threshold, id + " cannot be compared on this data ("
                    + detail + ")", "challenger." + method.name().toLowerCase(Locale.ROOT));
        }
        boolean holds = lower >= -g.margin();
        String message = (holds ? "challenger is not worse than the champion by more than " : "cannot show the "
                + "challenger is not worse than the champion by more than ") + Judge.num(g.margin()) + " in " + id
                + " at " + pct + ": improvement " + signed(improvement) + ", lower bound " + signed(lower) + " ("
                + detail + ")";
        return Judge.result(g, ctx, Judge.verdict(g, holds), lower, threshold, message,
                "challenger." + method.name().toLowerCase(Locale.ROOT));
    }

    private static ChallengerMethod resolve(GateSpec.Challenger g, MeasuredModel chal) {
        boolean binary = chal.evaluation().outcomes() instanceof ClassOutcomes o && o.binary();
        MetricKind k = g.metric().kind();
        if (g.method() == ChallengerMethod.DELONG && !binary) {
            throw g.origin().error("DeLong's test compares ROC AUC of two classes; this test data has "
                    + ((ClassOutcomes) chal.evaluation().outcomes()).classCount() + "; use method: paired_bootstrap");
        }
        if (g.method() != ChallengerMethod.AUTO) {
            return g.method();
        }
        if (k == MetricKind.ACCURACY) {
            return ChallengerMethod.MCNEMAR;
        }
        return k == MetricKind.ROC_AUC && binary ? ChallengerMethod.DELONG : ChallengerMethod.PAIRED_BOOTSTRAP;
    }

    private static boolean[] correct(ClassOutcomes o) {
        boolean[] c = new boolean[o.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = o.truth()[i] == o.predicted()[i];
        }
        return c;
    }

    private static boolean[] positives(ClassOutcomes o) {
        boolean[] p = new boolean[o.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = o.truth()[i] == o.positive();
        }
        return p;
    }

    private static double[] positiveScores(ClassOutcomes o) {
        double[] s = new double[o.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = o.score(i, o.positive());
        }
        return s;
    }

    private static String signed(double v) {
        return (v >= 0 ? "+" : "") + Judge.num(v);
    }
}
