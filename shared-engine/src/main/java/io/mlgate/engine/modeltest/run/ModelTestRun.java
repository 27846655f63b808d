package io.mlgate.engine.modeltest.run;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.ReportSection;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.model.ColumnRequest;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.model.ModelSpecReader;
import io.mlgate.engine.model.Table;
import io.mlgate.engine.model.TableReader;
import io.mlgate.engine.modeltest.analysis.AnalysisResults;
import io.mlgate.engine.modeltest.gates.GateContext;
import io.mlgate.engine.modeltest.gates.Judge;
import io.mlgate.engine.modeltest.gates.MeasuredModel;
import io.mlgate.engine.modeltest.policy.TestSpec;
import io.mlgate.engine.modeltest.policy.TestSpecReader;
import io.mlgate.engine.modeltest.predict.Predictor;
import io.mlgate.engine.modeltest.report.AnalysisSections;
import io.mlgate.engine.modeltest.report.ModelSection;
import io.mlgate.engine.policy.Policy;
import io.mlgate.engine.policy.PolicyFile;
import io.mlgate.engine.validate.policy.DatasetSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** {@code mlgate model test}: the model (and baseline) on the test data, metrics with intervals, gates, report. */
public final class ModelTestRun {
    private final Progress progress;

    public ModelTestRun(Progress progress) {
        this.progress = progress;
    }

    public GateReport run(ModelTestRequest req) {
        Instant started = Instant.now();
        Policy policy = PolicyFile.read(req.policy());
        ModelSpec spec = ModelSpecReader.read(policy);
        TestSpec test = TestSpecReader.read(spec);
        DataSource source = req.data().map(d -> req.input().source(d)).or(() -> test.data().map(DatasetSpec::source))
                .orElseThrow(() -> new BadInputException("no test data: pass --data PATH or set model.test.data in "
                        + req.policy()));
        try (Predictor model = Predictors.open(req.model(), spec, test);
             Predictor baseline = req.baseline().map(b -> Predictors.open(b, spec, test)).orElse(null);
             ScanEngine engine = ScanEngine.open()) {
            Dataset data = engine.register("test", source);
            // the test data's SHA-256 (for provenance) is computed while the rows are read and scored, not after
            CompletableFuture.runAsync(data::fingerprints);
            List<ColumnRequest> columns = new ArrayList<>();
            columns.add(ModelTables.label(spec));
            columns.addAll(model.bind(data));
            if (baseline != null) {
                columns.addAll(baseline.bind(data));
            }
            columns.addAll(Analyses.columns(test.analyses()));
            Table table = TableReader.read(engine, data, columns);
            progress.step("predicting " + table.rows() + " rows with " + model.describe());
            Predicted main = Predicted.of(model, table);
            Optional<Predicted> base = Optional.ofNullable(baseline).map(b -> Predicted.of(b, table));
            OutcomePair outcomes = OutcomePair.of(spec, test, table, main, base);
            progress.step("measuring metrics, " + test.bootstrap().resamples() + " bootstrap resamples");
            List<String> names = new ArrayList<>(List.of(model.describe()));
            base.ifPresent(b -> names.add(baseline.describe()));
            List<MeasuredModel> measured = Measurement.measure(names, outcomes.all(), test.bootstrap(), progress).models();
            Map<String, String> inputs = new LinkedHashMap<>(data.fingerprints());
            inputs.put(req.policy().toString(), Fingerprints.sha256(req.policy()));
            inputs.putAll(model.fingerprints());
            if (baseline != null) {
                inputs.putAll(baseline.fingerprints());
            }
            Optional<MeasuredModel> champion = measured.size() > 1 ? Optional.of(measured.get(1)) : Optional.empty();
            AnalysisResults analyses = Analyses.run(test, table, model, outcomes.model(), outcomes.maker(),
                    main.millis(), progress);
            GateContext ctx = new GateContext(measured.get(0), champion, analyses, test.bootstrap(), inputs);
            List<CheckResult> checks = Judge.all(test.gates(), ctx);
            List<ReportSection> sections = new ArrayList<>(List.of(new ModelSection("Model metrics",
                    Measurement.results(measured.get(0), champion, test.bootstrap(), main.millis()))));
            sections.addAll(AnalysisSections.of(analyses));
            Status status = Status.worstOf(checks.stream().map(CheckResult::status).toList());
            return new GateReport("model test", "Model test: " + model.describe() + " on " + source.location(),
                    checks.isEmpty() ? Status.PASS : status, checks, List.of(), started,
                    Duration.between(started, Instant.now()),
                    Provenance.of("modeltest.run", "1", inputs, test.bootstrap().seed()), sections);
        }
    }
}
