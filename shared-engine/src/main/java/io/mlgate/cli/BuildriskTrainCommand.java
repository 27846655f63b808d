package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.buildrisk.run.TrainRequest;
import io.mlgate.engine.buildrisk.run.TrainRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** {@code mlgate buildrisk train}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the build-risk model on a history and save it (Tribuo model file and model card).")
final class BuildriskTrainCommand extends GateCommand {
    @Option(names = "--policy", paramLabel = "FILE", description = "mlgate.yml with a buildrisk section (history, model).")
    Path policy;

    @Option(names = "--history", paramLabel = "FILE", description = "Build history (default: the policy's buildrisk.history).")
    Path history;

    @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR", description = "Git repository the builds ran on (default: ${DEFAULT-VALUE}).")
    Path repo;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory to write (default: the policy's buildrisk.model).")
    Path model;

    @Mixin
    BuildriskModelOptions options;

    @Override
    protected GateReport execute(Console console) {
        return new TrainRun(console.progress()).run(new TrainRequest(Optional.ofNullable(policy),
                Optional.ofNullable(history), repo, Optional.ofNullable(model), options.settings()));
    }
}
