package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.drift.DriftRequest;
import io.mlgate.engine.drift.DriftRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** {@code mlgate data drift}. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Compare the current data with a reference, column by column (Kolmogorov-Smirnov, chi-square, "
                + "PSI, Jensen-Shannon, Wasserstein, Hellinger), and judge the share of drifted columns; exit 1 if the "
                + "dataset (or an error-level column) drifted. The reference may be a profile saved with "
                + "'mlgate data profile --save-profile'.")
final class DataDriftCommand extends GateCommand {
    @Option(names = "--reference", required = true, paramLabel = "PATH",
            description = "Reference data (file, glob or directory) or a saved reference profile (JSON).")
    String reference;

    @Option(names = "--current", required = true, paramLabel = "PATH", description = "The data to check.")
    String current;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file (mlgate.yml); its drift section sets tests and thresholds.")
    Path policy;

    @Mixin
    InputMixin input;

    @Override
    protected GateReport execute(Console console) {
        return new DriftRun(console.progress()).run(new DriftRequest(reference, current, input.toOptions(),
                Optional.ofNullable(policy)));
    }
}
