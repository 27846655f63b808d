package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.validate.run.ProfileRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mlgate data profile}. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Profile a dataset: per column type, nulls, distinct, min/max/mean/stddev, quantiles, top values, "
                + "string lengths and a histogram. Reads CSV, Parquet or JSON lines: a file, a glob or a directory.")
final class DataProfileCommand extends GateCommand {
    @Mixin
    ProfileSourceMixin source;

    @Mixin
    EngineMixin engine;

    @Override
    protected GateReport execute(Console console) {
        return new ProfileRun(console.progress(), engine.toSettings()).run(source.request());
    }
}
