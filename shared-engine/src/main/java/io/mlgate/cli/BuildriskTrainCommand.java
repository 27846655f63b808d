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
    @Mixin
    BuildriskInputs inputs;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory to write (default: the policy's buildrisk.model).")
    Path model;

    @Mixin
    BuildriskModelOptions options;

    @Override
    protected GateReport execute(Console console) {
        return new TrainRun(console.progress()).run(new TrainRequest(inputs.policy(),
                inputs.history(), inputs.repo, Optional.ofNullable(model), options.settings()));
    }
}
