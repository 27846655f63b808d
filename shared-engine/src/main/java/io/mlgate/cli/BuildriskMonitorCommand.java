package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.buildrisk.run.MonitorRequest;
import io.mlgate.engine.buildrisk.run.MonitorRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code mlgate buildrisk monitor}. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "How the risks recorded with the builds (record --risk) did against what the builds did: the "
                + "model's calls beside the previous-outcome baseline's, risk cut-offs for the policy's actions, "
                + "calibration. Reads the history and the model card only (exit 0; calls behind the baseline's on 20 "
                + "builds or more are a warning).")
final class BuildriskMonitorCommand extends GateCommand {
    @Option(names = "--policy", paramLabel = "FILE", description = "mlgate.yml with a buildrisk section (history, model, actions).")
    Path policy;

    @Option(names = "--history", paramLabel = "FILE", description = "Build history (default: the policy's buildrisk.history).")
    Path history;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: the policy's buildrisk.model): "
            + "its decision rule and threshold make the calls.")
    Path model;

    @Option(names = "--since", paramLabel = "TIME", description = "ISO-8601 time: the builds started at or after it, "
            + "whichever model gave their risk (default: the builds after the model's last training build).")
    String since;

    @Option(names = "--last", paramLabel = "N", description = "The last N builds of the history, whichever model gave "
            + "their risk (instead of --since).")
    Integer last;

    @Override
    protected GateReport execute(Console console) {
        MonitorRequest req = new MonitorRequest(Optional.ofNullable(policy), Optional.ofNullable(history),
                Optional.ofNullable(model), Optional.ofNullable(since).map(t -> Times.parse("--since", t)),
                last == null ? OptionalInt.empty() : OptionalInt.of(last));
        return new MonitorRun(console.progress()).run(req);
    }
}
