package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.train.Device;
import io.mlgate.engine.train.TrainRequest;
import io.mlgate.engine.train.TrainRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** {@code mlgate model train}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the model described by the policy's model: section; write the Tribuo model file and a "
                + "model card (data fingerprints, parameters, held-out metrics, git commit).")
final class ModelTrainCommand extends GateCommand {
    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "Policy file (mlgate.yml) with a model: section.")
    Path policy;

    @Option(names = "--data", paramLabel = "PATH", description = "Training data (default: the policy's model.train.data).")
    String data;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the Tribuo model file.")
    Path output;

    @Option(names = "--card", paramLabel = "FILE", description = "Where to write the model card (default: beside the model, NAME.card.json).")
    Path card;

    @Option(names = "--onnx", paramLabel = "FILE", description = "Also export the model to ONNX (linear models only).")
    Path onnx;

    @Option(names = "--device", paramLabel = "DEVICE", defaultValue = "auto",
            description = "Where to train: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); cuda fails without a CUDA GPU.")
    Device device;

    @Option(names = "--seed", paramLabel = "N", description = "Seed, replacing the policy's model.train.seed.")
    Long seed;

    @Mixin
    InputMixin input;

    @Override
    protected GateReport execute(Console console) {
        return new TrainRun(console.progress()).run(new TrainRequest(policy, Optional.ofNullable(data), input.toOptions(),
                output, Optional.ofNullable(card), Optional.ofNullable(onnx), device, Optional.ofNullable(seed)));
    }
}
