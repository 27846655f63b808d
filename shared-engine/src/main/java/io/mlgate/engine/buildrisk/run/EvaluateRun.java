package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.buildrisk.features.Extraction;
import io.mlgate.engine.buildrisk.features.GitRepo;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.model.Evaluation;
import io.mlgate.engine.buildrisk.model.Evaluator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code mlgate buildrisk evaluate}: trains on the earliest builds and tests on the rest, beside the
 * previous-outcome baseline on the same test builds. A model that does not beat the baseline's F1 is a warning.
 */
public final class EvaluateRun {
    private final Progress progress;

    public EvaluateRun(Progress progress) {
        this.progress = progress;
    }

    public GateReport run(EvaluateRequest req) {
        Instant started = Instant.now();
        Inputs in = new Inputs(req.policy());
        Path historyFile = in.history(req.history());
        BuildHistory history = in.readHistory(historyFile);
        Extraction e;
        try (GitRepo git = GitRepo.open(req.repo())) {
            e = Inputs.featurize(git, history, progress);
        }
        Evaluation ev = new Evaluator(progress).evaluate(e.features(), req.trainShare(), req.retrainEvery(),
                req.settings());
        if (req.scores().isPresent()) {
            ScoresCsv.write(req.scores().get(), ev, e.features().subList(ev.trainBuilds(), e.features().size()));
            progress.step("evaluate: each test build's risk and calls written to " + req.scores().get());
        }
        Provenance prov = Provenance.of("buildrisk.evaluate", "1", in.fingerprints, req.settings().seed());
        boolean beats = ev.beatsBaseline();
        String msg = beats
                ? "the model's F1 on broken builds (" + Text.num(ev.model().f1()) + ") beats the previous-outcome baseline's ("
                + Text.num(ev.baseline().f1()) + ") on the same " + ev.testBuilds() + " test builds"
                : "the model does not beat the previous-outcome baseline: F1 " + Text.num(ev.model().f1()) + " against "
                + Text.num(ev.baseline().f1()) + " on the same " + ev.testBuilds() + " test builds";
        CheckResult check = new CheckResult("beats-baseline", "buildrisk-evaluation", historyFile.toString(), Level.WARN,
                beats ? Status.PASS : Status.WARN, ev.model().f1(), "> " + Text.num(ev.baseline().f1())
                + " (previous-outcome baseline F1)", msg, List.of(), prov);
        return new GateReport("buildrisk evaluate", "Build-risk evaluation: " + historyFile, check.status(),
                List.of(check), List.of(), started, Duration.between(started, Instant.now()), prov,
                List.of(EvaluationSection.of(ev, e, req.trainShare(), in.policy.actions())));
    }
}
