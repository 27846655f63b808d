package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.modeltest.run.ModelTestRequest;
import io.mlgate.engine.modeltest.run.ModelTestRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** {@code mlgate model test}. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Test a model on labelled data against the gates in the policy's model.test section; exit 1 if "
                + "an error-level gate fails.")
final class ModelTestCommand extends GateCommand {
    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "Policy file (mlgate.yml) with a model: section.")
    Path policy;

    @Option(names = "--data", paramLabel = "PATH", description = "Labelled test data (default: the policy's model.test.data).")
    String data;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Model under test: a Tribuo model file, or an ONNX model (.onnx). Leave out when the test data "
                    + "holds the predictions (model.test.predictions).")
    Path model;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Baseline (champion) model for change and challenger gates.")
    Path baseline;

    @Mixin
    InputMixin input;

    @Override
    protected GateReport execute(Console console) {
        return new ModelTestRun(console.progress()).run(new ModelTestRequest(policy, Optional.ofNullable(data),
                input.toOptions(), Optional.ofNullable(model), Optional.ofNullable(baseline)));
    }
}
