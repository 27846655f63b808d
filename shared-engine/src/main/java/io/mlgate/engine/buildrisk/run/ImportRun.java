package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.buildrisk.history.ArtifactRisks;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.GithubActionsImport;
import io.mlgate.engine.buildrisk.history.CircleciImport;
import io.mlgate.engine.buildrisk.history.GitlabImport;
import io.mlgate.engine.buildrisk.history.HistoryFile;
import io.mlgate.engine.buildrisk.history.HistorySummary;
import io.mlgate.engine.buildrisk.history.HistoryReader;
import io.mlgate.engine.buildrisk.history.ImportResult;
import io.mlgate.engine.buildrisk.history.JenkinsImport;
import io.mlgate.engine.io.Fingerprints;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code mlgate buildrisk import}: reads builds from a file, GitHub Actions, Jenkins or GitLab CI and merges them into the
 * history file (a build already there is replaced in place, new builds are appended), written atomically.
 */
public final class ImportRun {
    private final Progress progress;

    public ImportRun(Progress progress) {
        this.progress = progress;
    }

    public GateReport run(ImportSource source, Path historyFile) {
        Instant started = Instant.now();
        ImportResult read = read(source, historyFile);
        HistoryFile.Update u = HistoryFile.update(historyFile, HistoryFile.LOCK_WAIT, progress::step,
                h -> h.merge(read.builds()));
        Set<String> known = u.before().builds().stream().map(b -> b.id()).collect(Collectors.toSet());
        long added = read.builds().stream().filter(b -> !known.contains(b.id())).count();
        HistorySummary after = HistorySummary.of(u.after());
        progress.step("history: " + historyFile + " now holds " + after.builds() + " builds (" + added + " new)");

        ObjectNode data = HistoryCounts.json(after);
        data.put("source", read.source());
        data.put("read", read.builds().size());
        data.put("added", added);
        data.put("updated", read.builds().size() - added);
        ObjectNode left = data.putObject("skipped");
        read.skipped().forEach(left::put);
        read.artifactRisks().ifPresent(a -> {
            ObjectNode ra = data.putObject("risks_from_artifacts");
            ra.put("artifact", a.name());
            ra.put("runs_without_risk", a.wanted());
            ra.put("risks_taken", a.risks().size());
            a.unreadable().forEach(ra.putArray("unreadable")::add);
        });
        String skipped = read.skipped().isEmpty() ? "" : "Left out: " + read.skipped().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ".";
        String summary = read.builds().size() + " builds read from " + read.source() + ": " + added + " new, "
                + (read.builds().size() - added) + " already in the history." + read.artifactRisks()
                .map(ImportRun::artifactSentence).orElse("");
        Section section = new Section("buildrisk-history", "Build history: " + historyFile, data,
                Text.md(summary) + "\n\n" + (skipped.isEmpty() ? "" : Text.md(skipped) + "\n\n") + Text.mdTable(List.of("status", "builds"), HistoryCounts.rows(after)),
                "<p>" + Text.html(summary) + "</p>\n" + (skipped.isEmpty() ? "" : "<p>" + Text.html(skipped) + "</p>\n")
                        + Text.htmlTable(List.of("status", "builds"), HistoryCounts.rows(after)));
        Map<String, String> inputs = new LinkedHashMap<>();
        if (source instanceof ImportSource.File f) {
            inputs.put(f.path().toString(), Fingerprints.sha256(f.path()));
        }
        inputs.put(historyFile.toString(), u.sha256());
        Provenance prov = Provenance.of("buildrisk.import", "1", inputs, null);
        CheckResult check = new CheckResult("history", "buildrisk-history", historyFile.toString(), Level.WARN,
                read.builds().isEmpty() ? Status.NO_DATA : Status.PASS, read.builds().size(), "builds read",
                summary, List.of(), prov);
        return new GateReport("buildrisk import", "Build history import: " + read.source(), check.status(),
                List.of(check), List.of(), started, Duration.between(started, Instant.now()), prov, List.of(section));
    }

    /** " Risks from the artifacts named N: 3 of the 5 runs ... (1 artifact without a risk: ...)." (3 named at most) */
    static String artifactSentence(ArtifactRisks a) {
        return " Risks from the artifacts named " + a.name() + ": " + a.risks().size() + " of the " + a.wanted()
                + " runs the history held without one" + (a.unreadable().isEmpty() ? "" : " (" + a.unreadable().size()
                + (a.unreadable().size() == 1 ? " artifact" : " artifacts") + " without a risk: "
                + String.join("; ", a.unreadable().subList(0, Math.min(3, a.unreadable().size())))
                + (a.unreadable().size() > 3 ? "; and " + (a.unreadable().size() - 3) + " more" : "") + ")") + ".";
    }

    private ImportResult read(ImportSource source, Path historyFile) {
        if (source instanceof ImportSource.Github g) {
            if (g.request().riskArtifact().isEmpty()) {
                return new GithubActionsImport(progress).fetch(g.request());
            }
            // read without the lock: the network calls must not hold up other writers; the merge keeps a risk that
            // a record lands meanwhile, and one taken from an artifact is the same risk
            Set<String> haveRisk = HistoryFile.readOrEmpty(historyFile).builds().stream()
                    .filter(b -> b.risk().isPresent()).map(b -> b.id()).collect(Collectors.toSet());
            return new GithubActionsImport(progress).fetch(g.request(), id -> !haveRisk.contains(id));
        }
        if (source instanceof ImportSource.Jenkins j) {
            return new JenkinsImport(progress).fetch(j.request());
        }
        if (source instanceof ImportSource.Gitlab g) {
            return new GitlabImport(progress).fetch(g.request());
        }
        if (source instanceof ImportSource.Circleci c) {
            return new CircleciImport(progress).fetch(c.request());
        }
        Path file = ((ImportSource.File) source).path();
        BuildHistory h = HistoryReader.read(file);
        return new ImportResult(file.toString(), h.builds(), Map.of());
    }
}
