package io.mlgate.cli;

import picocli.CommandLine.Command;

/** {@code mlgate model}: train, test. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Models: train with Tribuo as configured in mlgate.yml; test a model (Tribuo, ONNX or a predictions "
                + "file) against metric gates with bootstrap intervals and champion/challenger statistics.")
final class ModelCommand {
}
