package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.drift.SaveReferenceRun;
import io.mlgate.engine.validate.run.ProfileRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code mlgate data profile}. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Profile a dataset: per column type, nulls, distinct, min/max/mean/stddev, quantiles, top values, "
                + "string lengths and a histogram. Reads CSV, Parquet or JSON lines: a file, a glob or a directory.")
final class DataProfileCommand extends GateCommand {
    @Mixin
    ProfileSourceMixin source;

    @Mixin
    EngineMixin engine;

    @Option(names = "--save-profile", paramLabel = "FILE",
            description = "Also save the statistics 'mlgate data drift --reference FILE' needs (JSON), so that the raw data need not be present then.")
    Path saveProfile;

    @Override
    protected GateReport execute(Console console) {
        if (saveProfile == null) {
            return new ProfileRun(console.progress(), engine.toSettings()).run(source.request());
        }
        if (engine.engine != io.mlgate.engine.validate.backend.EngineKind.DUCKDB) {
            throw new IllegalArgumentException("--save-profile runs on the embedded engine (--engine duckdb) only");
        }
        return new SaveReferenceRun(console.progress()).run(source.request(), saveProfile);
    }
}
