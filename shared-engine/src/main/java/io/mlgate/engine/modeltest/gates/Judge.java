package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.modeltest.metrics.ClassOutcomes;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.policy.GateSpec;
import io.mlgate.engine.report.ReportValues;

import java.util.List;
import java.util.Optional;

/** Turns each gate into a check result. */
public final class Judge {
    private Judge() {
    }

    public static List<CheckResult> all(List<GateSpec> gates, GateContext ctx) {
        return gates.stream().map(g -> one(g, ctx)).toList();
    }

    public static CheckResult one(GateSpec gate, GateContext ctx) {
        if (gate instanceof GateSpec.Fairness f) {
            return FairnessJudge.judge(f, ctx);
        }
        if (gate instanceof GateSpec.Robustness r) {
            return RobustnessJudge.judge(r, ctx);
        }
        if (gate instanceof GateSpec.Latency l) {
            return LatencyJudge.judge(l, ctx);
        }
        GateSpec.OnMetric m = (GateSpec.OnMetric) gate;
        Optional<CheckResult> unavailable = unavailable(m, ctx);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        if (gate instanceof GateSpec.Slice s) {
            return SliceJudge.judge(s, ctx);
        }
        if (gate instanceof GateSpec.Threshold t) {
            return ThresholdJudge.judge(t, ctx);
        }
        if (gate instanceof GateSpec.Change c) {
            return ChangeJudge.judge(c, ctx);
        }
        return ChallengerJudge.judge((GateSpec.Challenger) gate, ctx);
    }

    /** NO_DATA when the metric is not measured for this model (no scores, no probabilities); bad input for an unknown class. */
    private static Optional<CheckResult> unavailable(GateSpec.OnMetric gate, GateContext ctx) {
        MetricId id = gate.metric().id();
        if (id.cls() != null && ctx.challenger().evaluation().outcomes() instanceof ClassOutcomes o
                && !o.classes().contains(id.cls())) {
            throw gate.origin().error("class '" + id.cls() + "' is not one of the classes " + String.join(", ",
                    o.classes()));
        }
        if (!ctx.challenger().has(id)) {
            String why = String.join("; ", ctx.challenger().evaluation().notes());
            return Optional.of(result(gate, ctx, Status.NO_DATA, null, "-", id + " is not measured: " + why, "none"));
        }
        boolean paired = gate.kind() == io.mlgate.engine.modeltest.policy.GateKind.CHANGE
                || gate.kind() == io.mlgate.engine.modeltest.policy.GateKind.CHALLENGER;
        if (paired && ctx.champion().isPresent()
                && !ctx.champion().get().has(id)) {
            String why = String.join("; ", ctx.champion().get().evaluation().notes());
            return Optional.of(result(gate, ctx, Status.NO_DATA, null, "-", id + " is not measured for the baseline: "
                    + why.replace("the model under test", "the baseline"), "none"));
        }
        return Optional.empty();
    }

    static CheckResult result(GateSpec g, GateContext ctx, Status status, Double measured, String threshold,
                              String message, String algorithm) {
        return new CheckResult(g.id(), g.kind().yamlName(), g.target(), g.level(), status, measured,
                threshold, message, List.of(), ctx.provenance(algorithm));
    }

    /** A value against a range, with the range in words. */
    static String range(GateSpec.Range r) {
        if (r.min().isPresent() && r.max().isPresent()) {
            return "in [" + num(r.min().getAsDouble()) + ", " + num(r.max().getAsDouble()) + "]";
        }
        return r.min().isPresent() ? ">= " + num(r.min().getAsDouble()) : "<= " + num(r.max().getAsDouble());
    }

    static String num(double v) {
        return ReportValues.number(v);
    }

    /** The status of a gate that did or did not hold at its level. */
    static Status verdict(GateSpec g, boolean holds) {
        return holds ? Status.PASS : g.level().failureStatus();
    }
}
