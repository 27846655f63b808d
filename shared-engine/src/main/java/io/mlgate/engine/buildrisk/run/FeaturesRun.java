package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Extraction;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.features.GitRepo;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.CsvRecords;
import io.mlgate.engine.io.AtomicFiles;
import io.mlgate.engine.io.JsonText;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code mlgate buildrisk features}: the features of every usable build as CSV ({@code id,commit,branch,status}
 * and one column per feature, raw values), and how fast they were computed.
 */
public final class FeaturesRun {
    private final Progress progress;

    public FeaturesRun(Progress progress) {
        this.progress = progress;
    }

    public GateReport run(Path historyFile, Path repo, Path output) {
        Instant started = Instant.now();
        Inputs in = new Inputs(Optional.empty());
        BuildHistory history = in.readHistory(historyFile);
        Extraction e;
        try (GitRepo git = GitRepo.open(repo)) {
            e = Inputs.featurize(git, history, progress);
        }
        StringBuilder csv = new StringBuilder("id,commit,branch,status," + String.join(",", Feature.ids()) + "\n");
        for (BuildFeatures f : e.features()) {
            csv.append(CsvRecords.quote(f.build().id())).append(',').append(f.build().commit()).append(',')
                    .append(CsvRecords.quote(f.build().branch())).append(',').append(f.build().status().historyName());
            for (double v : f.raw()) {
                csv.append(',').append(v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6g", v));
            }
            csv.append('\n');
        }
        AtomicFiles.writeString(output, csv.toString());
        ObjectNode data = JsonText.NODES.objectNode();
        data.put("builds", e.features().size());
        data.put("missing_commits", e.missing().size());
        data.put("canceled", e.canceled());
        data.put("seconds", e.elapsed().toMillis() / 1000.0);
        data.put("cpu_seconds", e.cpu().toMillis() / 1000.0);
        data.put("builds_per_second", Math.round(e.buildsPerSecond()));
        data.put("builds_per_cpu_second", Math.round(e.buildsPerCpuSecond()));
        data.put("output", output.toString());
        List<List<String>> rows = List.of(
                List.of("builds featured", Integer.toString(e.features().size())),
                List.of("completed builds whose commit is missing (skipped)", Integer.toString(e.missing().size())),
                List.of("canceled builds", Integer.toString(e.canceled())),
                List.of("builds per second (wall clock)", Long.toString(Math.round(e.buildsPerSecond()))),
                List.of("builds per CPU-second", Long.toString(Math.round(e.buildsPerCpuSecond()))));
        Section s = new Section("buildrisk-features", "Build features: " + output, data,
                Text.mdTable(List.of("", ""), rows), Text.htmlTable(List.of("", ""), rows));
        Provenance prov = Provenance.of("buildrisk.features", "1", in.fingerprints, null);
        String msg = e.features().size() + " builds featured, " + e.missing().size() + " skipped (commit missing"
                + (e.missing().isEmpty() ? "" : ": " + Inputs.someMissing(e)) + ")";
        CheckResult check = new CheckResult("features", "buildrisk-features", repo.toString(), Level.WARN,
                e.features().isEmpty() ? Status.NO_DATA : Status.PASS, e.features().size(), "builds featured", msg,
                List.of(), prov);
        return new GateReport("buildrisk features", "Build features: " + historyFile, check.status(), List.of(check),
                List.of(), started, Duration.between(started, Instant.now()), prov, List.of(s));
    }
}
