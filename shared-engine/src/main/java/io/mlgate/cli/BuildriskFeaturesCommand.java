package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.buildrisk.run.FeaturesRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code mlgate buildrisk features}. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Write the features of every build whose commit is in the repository as CSV (what the model sees), "
                + "and how many builds per second were featured.")
final class BuildriskFeaturesCommand extends GateCommand {
    @Option(names = "--history", required = true, paramLabel = "FILE", description = "Build history.")
    Path history;

    @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR", description = "Git repository the builds ran on (default: ${DEFAULT-VALUE}).")
    Path repo;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the features CSV.")
    Path output;

    @Override
    protected GateReport execute(Console console) {
        return new FeaturesRun(console.progress()).run(history, repo, output);
    }
}
