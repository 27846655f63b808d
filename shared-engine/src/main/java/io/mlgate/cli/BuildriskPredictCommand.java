package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.buildrisk.history.CiBuild;
import io.mlgate.engine.buildrisk.run.PredictRequest;
import io.mlgate.engine.buildrisk.run.PredictRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** {@code mlgate buildrisk predict}. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Score the build about to run on a commit: probability of a broken build, what raises it, and the "
                + "policy's action (exit 1 only for the action 'block').")
final class BuildriskPredictCommand extends GateCommand {
    @Mixin
    BuildriskInputs inputs;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: the policy's buildrisk.model).")
    Path model;

    @Option(names = "--commit", defaultValue = "HEAD", paramLabel = "REV", description = "Commit to build (default: ${DEFAULT-VALUE}).")
    String commit;

    @Option(names = "--branch", paramLabel = "NAME", description = "Branch; for a pull request, its target (default: the "
            + "CI system's, else the checked-out branch).")
    String branch;

    @Option(names = "--pull-request", paramLabel = "N", description = "Pull request number, for a pull-request build "
            + "(default: the CI system's).")
    Integer pullRequest;

    @Option(names = "--time", paramLabel = "TIME", description = "ISO-8601 time the build starts (default: now).")
    String time;

    @Option(names = "--factors", defaultValue = "3", paramLabel = "N", description = "How many factors to explain (default: ${DEFAULT-VALUE}).")
    int factors;

    @Override
    protected boolean reportsEngineTime() {
        return true;
    }

    @Override
    protected GateReport execute(Console console) {
        CiBuild ci = CiBuild.of(env());
        CiDefaults d = new CiDefaults(ci);
        PredictRequest req = new PredictRequest(inputs.policy(), inputs.history(), inputs.repo, commit,
                d.or(branch, ci.branch(), "branch"), d.pullRequest(pullRequest),
                Optional.ofNullable(time).map(t -> Times.parse("--time", t)), Optional.ofNullable(model), factors);
        d.report(console.progress());
        return new PredictRun(console.progress()).run(req);
    }
}
