package io.mlgate.engine.validate.run;

import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.Profiler;
import io.mlgate.engine.data.ScanEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code mlgate data profile}: statistics of one dataset, as a report with no checks (status PASS). */
public final class ProfileRun {
    private final Progress progress;

    public ProfileRun(Progress progress) {
        this.progress = progress;
    }

    public DatasetProfile profile(ProfileRequest req) {
        try (ScanEngine engine = ScanEngine.open()) {
            Dataset data = engine.register("data", req.input().source(req.data()));
            progress.step("profiling " + req.data());
            DatasetProfile p = new Profiler(req.options()).profile(engine, data);
            progress.step(p.rowCount() + " rows, " + p.columns().size() + " columns");
            return p;
        }
    }

    public GateReport run(ProfileRequest req) {
        Instant started = Instant.now();
        DatasetProfile p = profile(req);
        return new GateReport("data profile", "Data profile: " + req.data(), Status.PASS, List.of(), List.of(p), started,
                Duration.between(started, Instant.now()), p.provenance());
    }
}
