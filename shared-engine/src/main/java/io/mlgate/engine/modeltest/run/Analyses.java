package io.mlgate.engine.modeltest.run;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.model.ColumnRequest;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.modeltest.analysis.AnalysisResults;
import io.mlgate.engine.modeltest.analysis.FairnessAnalysis;
import io.mlgate.engine.modeltest.analysis.ImportanceAnalysis;
import io.mlgate.engine.modeltest.analysis.LatencyAnalysis;
import io.mlgate.engine.modeltest.analysis.OutcomeMaker;
import io.mlgate.engine.modeltest.analysis.RobustnessAnalysis;
import io.mlgate.engine.modeltest.analysis.SliceAnalysis;
import io.mlgate.engine.modeltest.metrics.ClassOutcomes;
import io.mlgate.engine.modeltest.metrics.Outcomes;
import io.mlgate.engine.modeltest.policy.AnalysisSpecs;
import io.mlgate.engine.modeltest.policy.TestSpec;
import io.mlgate.engine.modeltest.predict.Predictor;

import java.util.ArrayList;
import java.util.List;

/** Runs the analyses the policy asks for; those that need the model's features are skipped for predictions files. */
final class Analyses {
    private Analyses() {
    }

    /** Extra columns the analyses read: slicing columns as they are, sensitive columns as text. */
    static List<ColumnRequest> columns(AnalysisSpecs a) {
        List<ColumnRequest> out = new ArrayList<>();
        a.slices().ifPresent(s -> s.columns().forEach(c -> out.add(new ColumnRequest(c.column(),
                ColumnRequest.ReadAs.AUTO, "slice column"))));
        a.fairness().ifPresent(f -> f.sensitive().forEach(c -> out.add(new ColumnRequest(c, ColumnRequest.ReadAs.TEXT,
                "sensitive column"))));
        return out;
    }

    static AnalysisResults run(TestSpec test, Table table, Predictor model, Outcomes outcomes, OutcomeMaker maker,
                               long predictMillis, Progress progress) {
        AnalysisSpecs a = test.analyses();
        boolean features = !model.featureColumns().isEmpty();
        var slices = a.slices().map(s -> {
            progress.step("measuring slices");
            return SliceAnalysis.run(table, outcomes, s, model.featureColumns());
        });
        var fairness = a.fairness().map(f -> {
            progress.step("measuring fairness over " + String.join(", ", f.sensitive()));
            return FairnessAnalysis.run(table, (ClassOutcomes) outcomes, f, test.bootstrap());
        });
        var robustness = a.robustness().filter(r -> features).map(r -> {
            progress.step("perturbing up to " + r.rows() + " rows");
            return RobustnessAnalysis.run(table, model, r, test.bootstrap().confidence());
        });
        var latency = a.latency().filter(l -> features).map(l -> {
            progress.step("timing " + l.rows() + " single-row predictions");
            return LatencyAnalysis.run(table, model, l, table.rows(), predictMillis);
        });
        var importance = a.importance().filter(i -> features).map(i -> {
            progress.step("permutation importance of " + model.featureColumns().size() + " feature columns");
            return ImportanceAnalysis.run(table, model, maker, i);
        });
        return new AnalysisResults(slices, fairness, robustness, latency, importance);
    }

}
