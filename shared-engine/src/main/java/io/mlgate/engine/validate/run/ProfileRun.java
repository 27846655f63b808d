package io.mlgate.engine.validate.run;

import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.validate.backend.Backend;
import io.mlgate.engine.validate.backend.BackendSettings;
import io.mlgate.engine.validate.backend.Backends;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code mlgate data profile}: statistics of one dataset, as a report with no checks (status PASS). */
public final class ProfileRun {
    private final Progress progress;
    private final BackendSettings engine;

    /** Runs on embedded DuckDB. */
    public ProfileRun(Progress progress) {
        this(progress, BackendSettings.duckdb());
    }

    public ProfileRun(Progress progress, BackendSettings engine) {
        this.progress = progress;
        this.engine = engine;
    }

    public DatasetProfile profile(ProfileRequest req) {
        try (Backend engine = Backends.open(this.engine)) {
            Dataset data = engine.register("data", req.input().source(req.data()));
            progress.step("profiling " + req.data());
            DatasetProfile p = engine.profile(data, req.options());
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
