package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.buildrisk.run.PredictRequest;
import io.mlgate.engine.buildrisk.run.PredictRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code mlgate buildrisk predict}. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Score the build about to run on a commit: probability of a broken build, what raises it, and the "
                + "policy's action (exit 1 only for the action 'block').")
final class BuildriskPredictCommand extends GateCommand {
    @Option(names = "--policy", paramLabel = "FILE", description = "mlgate.yml with a buildrisk section (history, model, actions).")
    Path policy;

    @Option(names = "--history", paramLabel = "FILE", description = "Build history (default: the policy's buildrisk.history).")
    Path history;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: the policy's buildrisk.model).")
    Path model;

    @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR", description = "Git repository (default: ${DEFAULT-VALUE}).")
    Path repo;

    @Option(names = "--commit", defaultValue = "HEAD", paramLabel = "REV", description = "Commit to build (default: ${DEFAULT-VALUE}).")
    String commit;

    @Option(names = "--branch", paramLabel = "NAME", description = "Branch; for a pull request, its target (default: the checked-out branch).")
    String branch;

    @Option(names = "--pull-request", paramLabel = "N", description = "Pull request number, for a pull-request build.")
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
        return new PredictRun(console.progress()).run(new PredictRequest(Optional.ofNullable(policy),
                Optional.ofNullable(history), repo, commit, Optional.ofNullable(branch),
                pullRequest == null ? OptionalInt.empty() : OptionalInt.of(pullRequest),
                Optional.ofNullable(time).map(t -> Times.parse("--time", t)), Optional.ofNullable(model), factors));
    }
}
