package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Background;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.buildrisk.explain.Explainer;
import io.mlgate.engine.buildrisk.explain.Factor;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.FeatureExtractor;
import io.mlgate.engine.buildrisk.features.GitRepo;
import io.mlgate.engine.buildrisk.features.ReplayHead;
import io.mlgate.engine.buildrisk.features.UpcomingBuild;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildEvent;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.HistoryTail;
import io.mlgate.engine.buildrisk.model.DecisionRule;
import io.mlgate.engine.buildrisk.model.ModelAge;
import io.mlgate.engine.buildrisk.model.RecordedRisks;
import io.mlgate.engine.buildrisk.model.ModelFiles;
import io.mlgate.engine.buildrisk.policy.ActionRule;
import io.mlgate.engine.buildrisk.policy.RiskAction;
import io.mlgate.engine.buildrisk.policy.RiskPolicy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * {@code mlgate buildrisk predict}: the probability that the build about to run on a commit breaks, the factors that
 * raise it, and the action the policy maps it to. The action sets the gate status ({@link RiskAction#status()}).
 */
public final class PredictRun {
    private final Progress progress;

    public PredictRun(Progress progress) {
        this.progress = progress;
    }

    public GateReport run(PredictRequest req) {
        Instant started = Instant.now();
        Phases phases = new Phases();
        Inputs in = new Inputs(req.policy());
        Path modelDir = in.model(req.model());
        // the model loads on a second thread while the history is read and the build's change is read on a third
        Background<ModelFiles.Loaded> model = Background.start("mlgate-buildrisk-model", () -> ModelFiles.load(modelDir));
        // the saved state's head names the rows it replayed: only the rows after them are read when the file
        // still begins with them
        Optional<ReplayHead> head = ReplayHead.read(modelDir.resolve(ModelFiles.REPLAY));
        phases.mark("policy");
        GitRepo git = null;
        ModelFiles.Loaded loaded;
        BuildFeatures features;
        Build next;
        UpcomingBuild upcoming = null;
        try {
            Path historyFile = in.history(req.history());
            HistoryTail read = HistoryTail.read(historyFile, head.flatMap(ReplayHead::mark));
            in.fingerprints.put(historyFile.toString(), read.sha256());
            read.whyWhole().or(() -> head.filter(h -> h.mark().isEmpty()).map(h -> "the model's saved state marks "
                    + "none of its rows (the file it was trained on was not one CSV row a line)"))
                    .ifPresent(why -> progress.step("history: reading every row: " + why));
            phases.mark("history");
            git = GitRepo.openForOneBuild(req.repo());
            String sha = git.resolve(req.commit()).name();
            String branch = req.branch().or(git::currentBranch).orElseThrow(() -> new BadInputException(
                    "cannot tell the branch: HEAD is detached in " + req.repo() + "; pass --branch"));
            next = new Build("next", sha, branch, BuildStatus.PASSED, Optional.of(req.time().orElse(started)),
                    OptionalLong.empty(), req.pullRequest(),
                    Optional.of(req.pullRequest().isPresent() ? BuildEvent.PULL_REQUEST : BuildEvent.PUSH));
            FeatureExtractor extractor = new FeatureExtractor(git, progress);
            upcoming = extractor.start(read, head, next);
            loaded = model.join();
            phases.mark("git and model");
            features = extractor.next(upcoming, loaded.replay());
        } catch (RuntimeException e) {
            if (upcoming != null) {
                upcoming.abandon(); // the change's thread reads the repository closed below
            }
            // the error a run doing one step after the other would meet first: a bad model before a bad history
            throw model.failureBefore(e);
        } finally {
            if (git != null) {
                git.close();
            }
        }
        in.fingerprints.put(modelDir.resolve(ModelFiles.MODEL).toString(), loaded.card().path("model_sha256").asText());
        phases.mark("features");
        phases.beside("model", model.cpuNanos());
        phases.beside("change", upcoming.changeCpuNanos());
        double risk = loaded.model().probability(features);
        List<Factor> factors = Explainer.explain(loaded.model(), features, req.factors());
        // without rules in the policy, the model's own call notifies; a model that calls by a rule on the history
        // notifies when the rule calls the build broken, whatever the risk
        boolean byRule = in.policy.actions().isEmpty() && loaded.model().decision().byRule();
        List<ActionRule> rules = byRule ? List.of() : in.policy.rules(loaded.model().threshold());
        RiskAction action = byRule ? (loaded.model().alarms(features, risk) ? RiskAction.NOTIFY : RiskAction.NONE)
                : RiskPolicy.actionFor(risk, rules);
        String ruleText = !byRule ? rules.stream().map(ActionRule::describe).collect(Collectors.joining(", "))
                : loaded.model().decision() == DecisionRule.PREVIOUS_OUTCOME ? "notify when the previous build broke "
                + "(the model keeps the previous-outcome baseline's calls)" : "notify when the related-outcome rule "
                + "calls the build broken (the model calls by it): " + features.related().words(next);
        SinceTraining since = SinceTraining.of(upcoming.history(), loaded);
        Optional<ModelAge> age = since.age();
        Optional<RecordedRisks> live = since.recorded();
        phases.mark("score and explain");
        Duration elapsed = Duration.between(started, Instant.now());
        progress.step("predict: risk " + Text.percent(risk) + ", action " + action.id() + " (" + phases + ")");
        Provenance prov = Provenance.of("buildrisk.predict", "1", in.fingerprints, null);
        String because = factors.isEmpty() ? "" : "; mainly because it " + factors.stream().limit(2)
                .map(Factor::words).collect(Collectors.joining(" and "));
        String stale = age.isPresent() && age.get().outOfDate() ? "; the model may be out of date: " + age.get().words()
                + ", so retrain it (mlgate buildrisk train)" : "";
        String behind = live.isPresent() && live.get().behindBaseline() ? "; since its training the model's calls did "
                + "worse than the previous-outcome baseline's (F1 " + Text.num(live.get().model().f1()) + " against "
                + Text.num(live.get().baseline().f1()) + " on " + live.get().builds() + " builds), so retrain it" : "";
        String msg = "risk of a broken build " + Text.percent(risk) + ": " + action.words() + because + stale + behind;
        CheckResult check = new CheckResult("build-risk", "buildrisk", next.commit().substring(0, 12) + " on " + next.branch(),
                Level.WARN, action.status(), risk, ruleText,
                msg, List.of(), prov);
        return new GateReport("buildrisk predict", "Build risk: " + next.commit().substring(0, 12) + " on " + next.branch(),
                action.status(), List.of(check), List.of(), started, elapsed, prov,
                List.of(PredictSection.of(next, features, risk, action, rules, factors, loaded, age, live, phases)));
    }
}
