package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.buildrisk.explain.Influence;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Extraction;
import io.mlgate.engine.buildrisk.features.GitRepo;
import io.mlgate.engine.buildrisk.features.ReplayState;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.HistoryMark;
import io.mlgate.engine.buildrisk.history.HistoryReader;
import io.mlgate.engine.buildrisk.model.DecisionRule;
import io.mlgate.engine.buildrisk.model.ModelCard;
import io.mlgate.engine.buildrisk.model.ModelFiles;
import io.mlgate.engine.buildrisk.model.ModelTrainer;
import io.mlgate.engine.buildrisk.model.Metrics;
import io.mlgate.engine.buildrisk.model.TrainingOutcome;
import io.mlgate.engine.io.Fingerprints;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code mlgate buildrisk train}: features of every usable build, the model trained on them (family chosen and
 * calibrated on the most recent builds), saved as a Tribuo model file and a model card.
 */
public final class TrainRun {
    private final Progress progress;

    public TrainRun(Progress progress) {
        this.progress = progress;
    }

    public GateReport run(TrainRequest req) {
        Instant started = Instant.now();
        Inputs in = new Inputs(req.policy());
        Path historyFile = in.history(req.history());
        Path modelDir = in.model(req.model());
        byte[] historyBytes = HistoryReader.bytes(historyFile);
        BuildHistory history = in.readHistory(historyFile, historyBytes);
        Extraction e;
        String head;
        try (GitRepo git = GitRepo.open(req.repo())) {
            e = Inputs.featurize(git, history, progress);
            head = git.head().orElse("");
        }
        List<BuildFeatures> rows = e.features();
        TrainingOutcome t = new ModelTrainer(progress).train(rows, req.settings());
        byte[] bytes = ModelFiles.bytes(t.model());
        String sha = Fingerprints.sha256(bytes);
        int broken = (int) rows.stream().filter(BuildFeatures::broken).count();
        ModelCard.TrainingData data = new ModelCard.TrainingData(historyFile.toString(),
                in.fingerprints.get(historyFile.toString()), req.repo().toString(), head, rows.size(), broken,
                rows.get(0).build().id(), rows.get(rows.size() - 1).build().id(), e.missing().size());
        ObjectNode card = ModelCard.of(t, req.settings(), data, ModelFiles.MODEL, sha, started);
        progress.step("model: compiling its plain-Java scorer for predict, checked against Tribuo on the " + rows.size()
                + " training builds");
        var plain = ModelFiles.plainScorer(t.model(), rows);
        plain.ifPresent(p -> p.describe(card));
        int recent = Math.min(rows.size(), ModelSection.INFLUENCE_BUILDS);
        progress.step("model: measuring what moves its risks over the last " + recent + " training builds");
        // the plain-Java scorer gives Tribuo's scores (checked just above) many times faster
        List<Influence> influence = Influence.of(plain.map(p -> p.scoring(t.model())).orElse(t.model()), rows, recent);
        card.set("influence", ModelSection.influenceJson(influence, recent));
        // the replayed rows' bytes, so that predict reads only the rows after them while the file begins with them
        ReplayState state = HistoryMark.of(historyBytes, e.replay().builds()).map(e.replay()::marked).orElse(e.replay());
        var replay = Optional.of(ModelFiles.describeReplay(card, state));
        Optional<ReplacedModel> replaced = ReplacedModel.in(modelDir, history.builds());
        replaced.ifPresent(r -> card.set("replaces", r.json()));
        ModelFiles.save(modelDir, bytes, plain, replay, card);
        progress.step("model: " + t.chosen().id() + " saved to " + modelDir);
        Provenance prov = Provenance.of("buildrisk.train", "1", in.fingerprints, req.settings().seed());
        Metrics chosen = t.validation().get(t.chosen());
        String msg = t.chosen().id() + " chosen on out-of-time scores of the last " + t.validationBuilds() + " of "
                + rows.size() + " builds (ROC AUC " + Text.num(chosen.auc()) + "); saved to " + modelDir;
        CheckResult check = new CheckResult("model", "buildrisk-model", modelDir.toString(), Level.WARN, Status.PASS,
                chosen.auc(), "the best out-of-time ROC AUC", msg, List.of(), prov);
        String vs = "F1 " + Text.num(t.inTime().f1()) + ", the related-outcome rule's " + Text.num(t.rule().f1())
                + ", the previous-outcome baseline's " + Text.num(t.baseline().f1()) + " on the last "
                + t.baseline().total() + " training builds (each part judged with the threshold set on the builds "
                + "before it)";
        progress.step("train: " + t.chosen().id() + "'s alarms in time order: " + vs);
        String calls = t.model().decision() == DecisionRule.THRESHOLD ? "the model's calls (by its threshold)"
                : "the model's calls (the related-outcome rule's)";
        CheckResult beats = new CheckResult("beats-baseline", "buildrisk-model", modelDir.toString(), Level.WARN,
                t.beatsBaseline() ? Status.PASS : Status.WARN, t.calls().f1(), "> " + Text.num(t.baseline().f1())
                + " (previous-outcome baseline F1, same builds)", calls + (t.beatsBaseline()
                ? " beat the previous-outcome baseline's on the training builds: "
                : " do not beat the previous-outcome baseline's on the training builds (predict broken when the "
                + "previous build broke): ") + "the model's alarms in time order " + vs, List.of(), prov);
        return new GateReport("buildrisk train", "Build-risk model: " + modelDir, beats.status(), List.of(check, beats),
                List.of(), started, Duration.between(started, Instant.now()), prov, List.of(ModelSection.of(t, card, e, replaced, influence, recent)));
    }
}
