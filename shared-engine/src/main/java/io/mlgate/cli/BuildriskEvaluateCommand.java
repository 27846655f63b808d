package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.buildrisk.run.EvaluateRequest;
import io.mlgate.engine.buildrisk.run.EvaluateRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** {@code mlgate buildrisk evaluate}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Train on the earliest builds, test on the rest, and compare with the previous-outcome baseline on "
                + "the same builds (a model that does not beat it is a warning). Also shows what each risk cut-off "
                + "(the policy's action thresholds among them) would have caught and skipped, and how well the risks "
                + "were calibrated.")
final class BuildriskEvaluateCommand extends GateCommand {
    @Mixin
    BuildriskInputs inputs;

    @Option(names = "--split", defaultValue = "time:0.7", paramLabel = "time:FRACTION",
            description = "Train on this earliest share of the builds, test on the rest (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--retrain-every", paramLabel = "N",
            description = "Rolling evaluation: retrain on the grown history before every N test builds, as a team that "
                    + "retrains would (default: one model for all test builds).")
    Integer retrainEvery;

    @Option(names = "--scores", paramLabel = "FILE",
            description = "Also write each test build's risk, the model's and the baseline's call and the outcome as CSV.")
    Path scores;

    @Mixin
    BuildriskModelOptions options;

    @Override
    protected GateReport execute(Console console) {
        return new EvaluateRun(console.progress()).run(new EvaluateRequest(inputs.policy(),
                inputs.history(), inputs.repo, EvaluateRequest.parseSplit(split),
                retrainEvery == null ? 0 : EvaluateRequest.parseRetrainEvery(retrainEvery), options.settings(),
                Optional.ofNullable(scores)));
    }
}
