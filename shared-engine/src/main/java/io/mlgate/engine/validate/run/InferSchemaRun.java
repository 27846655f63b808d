package io.mlgate.engine.validate.run;

import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.io.AtomicFiles;
import io.mlgate.engine.validate.backend.BackendSettings;
import io.mlgate.engine.validate.policy.SchemaInference;
import io.mlgate.engine.validate.policy.SchemaWriter;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code mlgate data infer-schema}: profile, propose a schema, write it atomically; the report shows the profile. */
public final class InferSchemaRun {
    private final Progress progress;
    private final BackendSettings engine;

    /** Runs on embedded DuckDB. */
    public InferSchemaRun(Progress progress) {
        this(progress, BackendSettings.duckdb());
    }

    public InferSchemaRun(Progress progress, BackendSettings engine) {
        this.progress = progress;
        this.engine = engine;
    }

    public GateReport run(ProfileRequest req, Path output, int maxValues) {
        if (maxValues < 0) {
            throw new IllegalArgumentException("--max-values must be >= 0");
        }
        Instant started = Instant.now();
        DatasetProfile p = new ProfileRun(progress, engine).profile(req);
        String yaml = SchemaWriter.toYaml(new SchemaInference(maxValues).infer(p), req.data());
        AtomicFiles.writeString(output, yaml);
        progress.step("schema written to " + output + "; review it before committing");
        return new GateReport("data infer-schema", "Inferred schema: " + req.data() + " -> " + output, Status.PASS,
                List.of(), List.of(p), started, Duration.between(started, Instant.now()), p.provenance());
    }
}
