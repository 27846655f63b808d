package io.mlgate.spark;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.data.ProfileOptions;
import io.mlgate.engine.validate.backend.BackendSettings;
import io.mlgate.engine.validate.run.InputOptions;
import io.mlgate.engine.validate.run.ProfileRequest;
import io.mlgate.engine.validate.run.ProfileRun;
import io.mlgate.engine.validate.run.ValidateRequest;
import io.mlgate.engine.validate.run.ValidateRun;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The engine calls the CLI makes, on either engine: validate against a policy, profile. */
final class EngineRuns {
    static final BackendSettings DUCKDB = BackendSettings.duckdb();
    static final BackendSettings SPARK = BackendSettings.spark(TestSpark.MASTER);

    private EngineRuns() {
    }

    static GateReport validate(BackendSettings engine, Path policy, Path data) {
        TestSpark.session();
        ValidateRequest req = new ValidateRequest(Optional.of(policy), Optional.of(data.toString()),
                InputOptions.defaults(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(), ProfileOptions.defaults());
        return new ValidateRun(Progress.SILENT, engine).run(req);
    }

    static GateReport profile(BackendSettings engine, Path data, ProfileOptions options) {
        TestSpark.session();
        return new ProfileRun(Progress.SILENT, engine).run(new ProfileRequest(data.toString(), InputOptions.defaults(),
                options));
    }
}
