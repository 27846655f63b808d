package io.mlgate.engine.train;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.EngineVersion;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.io.AtomicFiles;
import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.model.ModelSpecReader;
import io.mlgate.engine.modeltest.policy.TestSpec;
import io.mlgate.engine.modeltest.policy.TestSpecReader;
import io.mlgate.engine.modeltest.report.ModelSection;
import io.mlgate.engine.modeltest.stats.Bootstrap;
import io.mlgate.engine.policy.Policy;
import io.mlgate.engine.policy.PolicyFile;
import io.mlgate.engine.validate.policy.DatasetSpec;
import org.tribuo.Tribuo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mlgate model train}: read the policy's {@code model:} section, train on the training rows, measure the
 * held-out rows, write the model file, the optional ONNX export and the model card. The report has no checks; its
 * {@code model} section shows the held-out metrics.
 */
public final class TrainRun {
    private final Progress progress;
    private final GpuProbe probe;

    public TrainRun(Progress progress) {
        this(progress, new SystemGpuProbe());
    }

    public TrainRun(Progress progress, GpuProbe probe) {
        this.progress = progress;
        this.probe = probe;
    }

    public GateReport run(TrainRequest req) {
        Instant started = Instant.now();
        TribuoLogging.quiet();
        Policy policy = PolicyFile.read(req.policy());
        ModelSpec spec = ModelSpecReader.read(policy);
        TrainSpec train = TrainSpecReader.read(spec);
        TestSpec test = TestSpecReader.read(spec);
        Bootstrap bootstrap = test.bootstrap();
        TrainerSpec trainer = req.seed().map(s -> train.trainer().withSeed(s)).orElse(train.trainer());
        req.onnx().ifPresent(o -> OnnxExport.checkExportable(trainer.kind()));
        DataSource source = req.data().map(d -> req.input().source(d)).or(() -> train.data().map(DatasetSpec::source))
                .orElseThrow(() -> new BadInputException("no training data: pass --data PATH or set model.train.data in "
                        + req.policy()));
        Placement placement = Placement.decide(req.device(), trainer.kind(), probe);
        progress.step(placement.note());
        try (ScanEngine engine = ScanEngine.open()) {
            Dataset data = engine.register("train", source);
            TrainingData td = TrainingData.read(engine, data, spec);
            HoldoutSplit split = HoldoutSplit.of(td.table().rows(), train.holdout(), trainer.seed());
            progress.step("training " + trainer.kind().yamlName() + " on " + split.train().length + " rows ("
                    + split.holdout().length + " held out), " + td.features().size() + " feature columns, seed "
                    + trainer.seed());
            Training.Result result = Training.run(td, split.train(), spec.label(), trainer, placement, req.device(),
                    progress);
            byte[] bytes = serialize(result.model());
            AtomicFiles.write(req.output(), bytes);
            req.onnx().ifPresent(o -> OnnxExport.write(result.model(), o));
            Holdout.Measured held = Holdout.measure(td, split, spec, result.model(), req.output(), bootstrap,
                    test.positiveClass());
            Map<String, String> inputs = new LinkedHashMap<>(data.fingerprints());
            inputs.put(req.policy().toString(), Fingerprints.sha256(req.policy()));
            ModelCard card = new ModelCard(req.output().toString(), Fingerprints.sha256(bytes),
                    result.model().getClass().getName(), spec.task(), spec.label(), CardFeatures.of(td),
                    held.classes(), trainer, result.placement().device(), result.placement().note(),
                    new ModelCard.Data(source.location(), data.fingerprints(), td.table().rows(), split.train().length,
                            split.holdout().length, train.holdout(), trainer.seed(), td.excluded()),
                    bootstrap, held.metrics(), GitStateReader.read(policy.baseDir()), EngineVersion.get(),
                    Tribuo.VERSION, Instant.now(), result.millis(), req.onnx().map(Object::toString));
            AtomicFiles.writeString(req.cardPath(), ModelCardJson.write(card));
            progress.step("model written to " + req.output() + ", model card to " + req.cardPath()
                    + req.onnx().map(o -> ", ONNX export to " + o).orElse(""));
            List<io.mlgate.engine.api.ReportSection> sections = held.results()
                    .map(r -> (io.mlgate.engine.api.ReportSection) new ModelSection("Held-out metrics", r))
                    .map(List::of).orElse(List.of());
            return new GateReport("model train", "Model training: " + trainer.kind().yamlName() + " on "
                    + source.location() + " -> " + req.output(), Status.PASS, List.of(), List.of(), started,
                    Duration.between(started, Instant.now()),
                    Provenance.of("train." + trainer.kind().yamlName(), Tribuo.VERSION, inputs, trainer.seed()), sections);
        }
    }

    private static byte[] serialize(org.tribuo.Model<?> model) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.serializeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the model: " + e.getMessage(), e);
        }
    }

}
