package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.config.Origin;
import io.mlgate.engine.modeltest.analysis.AnalysisResults;
import io.mlgate.engine.modeltest.metrics.MetricKind;
import io.mlgate.engine.modeltest.metrics.Outcomes;
import io.mlgate.engine.modeltest.metrics.RegressionOutcomes;
import io.mlgate.engine.modeltest.policy.Bound;
import io.mlgate.engine.modeltest.policy.ChallengerMethod;
import io.mlgate.engine.modeltest.policy.GateSpec;
import io.mlgate.engine.modeltest.policy.MetricRef;
import io.mlgate.engine.modeltest.run.Measurement;
import io.mlgate.engine.modeltest.stats.Bootstrap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** Each gate kind on two regression models whose errors are known exactly. */
class GatesTest {
    private static final Origin AT = new Origin("mlgate.yml", 1, 1, "model.test.gates[0]");
    private static final MetricRef MAE = new MetricRef(MetricKind.MAE, Optional.empty());

    /** Model errors all 1 (MAE 1), baseline errors all 0.8 (MAE 0.8). */
    private static GateContext context(Bootstrap b) {
        double[] y = new double[200];
        double[] p = new double[200];
        double[] q = new double[200];
        for (int i = 0; i < y.length; i++) {
            y[i] = i;
            p[i] = i + (i % 2 == 0 ? 1 : -1);
            q[i] = i + 0.8;
        }
        List<Outcomes> o = List.of(new RegressionOutcomes(y, p), new RegressionOutcomes(y, q));
        List<MeasuredModel> m = Measurement.measure(List.of("model", "baseline"), o, b).models();
        return new GateContext(m.get(0), Optional.of(m.get(1)), AnalysisResults.none(), b, Map.of());
    }

    private static GateSpec.Range max(double v) {
        return new GateSpec.Range(OptionalDouble.empty(), OptionalDouble.of(v));
    }

    @Test
    void thresholdOnValueAndOnIntervalEnd() {
        GateContext ctx = context(new Bootstrap(100, 0.95, 1));
        CheckResult pass = Judge.one(new GateSpec.Threshold("t", Level.ERROR, AT, MAE, max(1.0), Bound.VALUE), ctx);
        assertThat(pass.status()).isEqualTo(Status.PASS);
        assertThat((Double) pass.measured()).isEqualTo(1.0);
        CheckResult warn = Judge.one(new GateSpec.Threshold("t", Level.WARN, AT, MAE, max(0.9), Bound.UPPER), ctx);
        assertThat(warn.status()).isEqualTo(Status.WARN);
        assertThat(warn.threshold()).isEqualTo("upper end of the 95% interval <= 0.9");
        CheckResult none = Judge.one(new GateSpec.Threshold("t", Level.ERROR, AT, MAE, max(2), Bound.LOWER),
                context(new Bootstrap(0, 0.95, 1)));
        assertThat(none.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void changeIsJudgedInTheMetricsOwnDirection() {
        GateContext ctx = context(new Bootstrap(0, 0.95, 1));
        // MAE 1 against 0.8: 0.2 worse, 25% worse
        CheckResult abs = Judge.one(new GateSpec.Change("c", Level.ERROR, AT, MAE, OptionalDouble.of(0.25),
                OptionalDouble.empty()), ctx);
        assertThat(abs.status()).isEqualTo(Status.PASS);
        assertThat((Double) abs.measured()).isEqualTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        CheckResult rel = Judge.one(new GateSpec.Change("c", Level.ERROR, AT, MAE, OptionalDouble.empty(),
                OptionalDouble.of(0.2)), ctx);
        assertThat(rel.status()).isEqualTo(Status.FAIL);
        assertThat(rel.message()).contains("0.2 worse (25%)");
    }

    @Test
    void challengerWithPairedBootstrap() {
        GateContext ctx = context(new Bootstrap(200, 0.95, 3));
        // every error is larger by exactly 0.2, so every resample's difference is 0.2: the bound is -0.2
        CheckResult fail = Judge.one(new GateSpec.Challenger("x", Level.ERROR, AT, MAE, 0.1,
                ChallengerMethod.PAIRED_BOOTSTRAP, 0.95), ctx);
        assertThat(fail.status()).isEqualTo(Status.FAIL);
        assertThat((Double) fail.measured()).isEqualTo(-0.2, org.assertj.core.api.Assertions.within(1e-6));
        CheckResult pass = Judge.one(new GateSpec.Challenger("x", Level.ERROR, AT, MAE, 0.25,
                ChallengerMethod.AUTO, 0.95), ctx);
        assertThat(pass.status()).isEqualTo(Status.PASS);
        assertThat(pass.provenance().algorithmId()).isEqualTo("modeltest.challenger.paired_bootstrap");
    }
}
