package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.model.DecisionRule;
import io.mlgate.engine.buildrisk.model.ModelAge;
import io.mlgate.engine.buildrisk.model.ModelFiles;
import io.mlgate.engine.buildrisk.model.RecordedRisks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code mlgate buildrisk monitor}: how the risks the pipeline recorded with its builds ({@code record --risk}) did
 * against what the builds did — the model's calls beside the previous-outcome baseline's, the policy's risk cut-offs
 * and the calibration, on real predictions instead of {@code evaluate}'s retrained ones. Reads the history and the
 * model card only: no repository, no model loading. Calls behind the baseline's on 20 builds or more are a warning.
 */
public final class MonitorRun {
    private final Progress progress;

    public MonitorRun(Progress progress) {
        this.progress = progress;
    }

    public GateReport run(MonitorRequest req) {
        Instant started = Instant.now();
        Inputs in = new Inputs(req.policy());
        Path historyFile = in.history(req.history());
        Path modelDir = in.model(req.model());
        BuildHistory history = in.readHistory(historyFile);
        JsonNode card = ModelFiles.card(modelDir);
        in.fingerprints.put(modelDir.resolve(ModelFiles.MODEL).toString(), card.path("model_sha256").asText());
        DecisionRule rule = ModelFiles.decisionRule(card, modelDir.resolve(ModelFiles.CARD));
        double threshold = card.path("decision_threshold").asDouble();
        String lastTrained = ModelFiles.lastTrainingBuild(card);
        List<Build> builds = history.builds();
        int first;
        String window;
        if (req.since().isPresent()) {
            first = firstSince(builds, req.since().get());
            window = "builds started at or after " + req.since().get();
        } else if (req.last().isPresent()) {
            first = Math.max(0, builds.size() - req.last().getAsInt());
            window = "last builds of the history";
        } else {
            first = ModelAge.indexOf(builds, lastTrained) + 1;
            window = "builds after the model's last training build (" + lastTrained + ")";
            if (first == 0) {
                throw new BadInputException(historyFile + ": the model's last training build '" + lastTrained + "' is "
                        + "not in this history (another project's, or rewritten?); pass --since TIME or --last N to "
                        + "choose the builds");
            }
        }
        Optional<RecordedRisks> live = RecordedRisks.from(builds, first, rule, threshold);
        progress.step("monitor: " + live.map(l -> l.builds() + " builds recorded with their risk").orElse("no build "
                + "recorded with its risk") + " among the " + (builds.size() - first) + " " + window);
        Provenance prov = Provenance.of("buildrisk.monitor", "1", in.fingerprints, null);
        CheckResult check = check(live, window, historyFile, prov);
        return new GateReport("buildrisk monitor", "Build-risk monitor: " + historyFile, check.status(), List.of(check),
                List.of(), started, Duration.between(started, Instant.now()), prov,
                List.of(MonitorSection.of(live, window, builds.subList(first, builds.size()), threshold,
                        in.policy.actions())));
    }

    /** The index of the first build started at or after {@code since} (builds without a start time are passed over). */
    static int firstSince(List<Build> builds, Instant since) {
        for (int i = 0; i < builds.size(); i++) {
            if (builds.get(i).startedAt().filter(t -> !t.isBefore(since)).isPresent()) {
                return i;
            }
        }
        return builds.size();
    }

    private static CheckResult check(Optional<RecordedRisks> live, String window, Path historyFile, Provenance prov) {
        String target = "> the previous-outcome baseline's F1 on the same builds";
        if (live.isEmpty()) {
            return new CheckResult("recorded-risks", "buildrisk-monitor", historyFile.toString(), Level.WARN,
                    Status.NO_DATA, null, target, "no completed build among the " + window + " carries a recorded "
                    + "risk (record --risk)", List.of(), prov);
        }
        RecordedRisks l = live.get();
        String msg = l.behindBaseline()
                ? "the model's calls did worse than the previous-outcome baseline's: F1 " + Text.num(l.model().f1())
                + " against " + Text.num(l.baseline().f1()) + " on " + l.builds() + " builds; retrain it"
                : "the model's calls: F1 " + Text.num(l.model().f1()) + ", the previous-outcome baseline's "
                + Text.num(l.baseline().f1()) + " on the same " + l.builds() + " builds"
                + (l.enough() ? "" : " (too few to tell them apart)");
        return new CheckResult("recorded-risks", "buildrisk-monitor", historyFile.toString(), Level.WARN,
                l.behindBaseline() ? Status.WARN : Status.PASS, l.model().f1(), target, msg, List.of(), prov);
    }
}
