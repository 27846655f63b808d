package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.buildrisk.features.GitRepo;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildEvent;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.HistoryFile;
import io.mlgate.engine.buildrisk.history.HistorySummary;
import io.mlgate.engine.buildrisk.history.StatusNames;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code mlgate buildrisk record}: appends the outcome of the build that is ending to the history file (replacing
 * a build with the same id, as a rerun does), so the history grows with every pipeline run. Pipelines that end at
 * the same time take turns ({@link HistoryFile#record}); a new build on a file as mlgate writes it is appended to its
 * bytes, its builds not read.
 */
public final class RecordRun {
    private final Progress progress;

    public RecordRun(Progress progress) {
        this.progress = progress;
    }

    public GateReport run(RecordRequest req) {
        Instant started = Instant.now();
        BuildStatus status = StatusNames.parse(req.status()).orElseThrow(() -> new BadInputException("--status: unknown "
                + "status '" + req.status() + "'; expected one of " + StatusNames.allowed()));
        Optional<BuildEvent> event = req.event().map(e -> BuildEvent.parse(e).orElseThrow(() ->
                new BadInputException("--event: unknown event '" + e + "'; expected one of " + BuildEvent.allowed())));
        String commit = req.commit().matches("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}") ? req.commit() : resolve(req);
        // to the second, as CI systems give times (and as the history's reader takes its short way for)
        Instant start = req.startedAt().orElseGet(() -> started.truncatedTo(ChronoUnit.SECONDS)
                .minusSeconds(req.duration().orElse(0)));
        OptionalDouble risk;
        try { // empty or blank: none, so that a pipeline can pass on what a failed prediction left unset
            risk = Build.parseRisk(req.risk().orElse(""));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--risk: " + e.getMessage());
        }
        Build build = new Build(req.id(), commit, req.branch(), status, Optional.of(start), req.duration(),
                req.pullRequest(), event, risk);
        HistoryFile.Recorded u = HistoryFile.record(req.history(), build, HistoryFile.LOCK_WAIT, progress::step);
        boolean rerun = u.replaced();
        HistorySummary after = u.summary();
        String summary = "build " + build.id() + " (" + build.commit().substring(0, 12) + " on " + build.branch() + ") "
                + status.historyName() + (risk.isPresent() ? " with the risk " + Text.percent(risk.getAsDouble())
                + " predict gave it" : "") + (rerun ? ", replacing its earlier record" : "") + "; the history holds "
                + after.builds() + (after.builds() == 1 ? " build" : " builds");
        progress.step("recorded " + summary);
        ObjectNode data = HistoryCounts.json(after);
        data.put("recorded", build.id());
        data.put("commit", build.commit());
        data.put("branch", build.branch());
        data.put("status", status.historyName());
        data.put("replaced", rerun);
        if (build.risk().isPresent()) {
            data.put("risk", build.risk().getAsDouble());
        }
        Section section = new Section("buildrisk-history", "Build history: " + req.history(), data,
                "Recorded " + Text.md(summary) + ".\n\n" + Text.mdTable(List.of("status", "builds"), HistoryCounts.rows(after)),
                "<p>Recorded " + Text.html(summary) + ".</p>\n" + Text.htmlTable(List.of("status", "builds"),
                        HistoryCounts.rows(after)));
        Provenance prov = Provenance.of("buildrisk.record", "1",
                Map.of(req.history().toString(), u.sha256()), null);
        CheckResult check = new CheckResult("record", "buildrisk-history", req.history().toString(), Level.WARN,
                Status.PASS, status.historyName(), "a known status", "Recorded " + summary + ".", List.of(), prov);
        return new GateReport("buildrisk record", "Build recorded: " + build.id(), Status.PASS, List.of(check), List.of(),
                started, Duration.between(started, Instant.now()), prov, List.of(section));
    }

    private static String resolve(RecordRequest req) {
        try (GitRepo git = GitRepo.openForOneBuild(req.repo())) {
            return git.resolve(req.commit()).name();
        }
    }
}
