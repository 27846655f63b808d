package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.buildrisk.run.RecordRequest;
import io.mlgate.engine.buildrisk.run.RecordRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** {@code mlgate buildrisk record}. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Append the outcome of the build that is ending to the history file (run it last in a pipeline).")
final class BuildriskRecordCommand extends GateCommand {
    @Option(names = "--history", required = true, paramLabel = "FILE", description = "History file (created if missing).")
    Path history;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The CI system's build id, e.g. $GITHUB_RUN_ID or $BUILD_NUMBER.")
    String id;

    @Option(names = "--commit", defaultValue = "HEAD", paramLabel = "REV", description = "Commit built: a sha or a revision in --repo (default: ${DEFAULT-VALUE}).")
    String commit;

    @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR", description = "Git repository to resolve --commit in (default: ${DEFAULT-VALUE}).")
    Path repo;

    @Option(names = "--branch", required = true, paramLabel = "NAME", description = "Branch built; for a pull request, its target branch.")
    String branch;

    @Option(names = "--status", required = true, paramLabel = "STATUS",
            description = "Outcome as the CI system names it: passed/success/SUCCESS, failed/failure/FAILURE/UNSTABLE, errored, canceled/cancelled/ABORTED, ...")
    String status;

    @Option(names = "--started-at", paramLabel = "TIME", description = "ISO-8601 start time (default: now minus --duration).")
    String startedAt;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "How long the build ran.")
    Long duration;

    @Option(names = "--pull-request", paramLabel = "N", description = "Pull request number, for a pull-request build.")
    Integer pullRequest;

    @Option(names = "--event", paramLabel = "EVENT", description = "push, pull_request, cron, api or other.")
    String event;

    @Override
    protected GateReport execute(Console console) {
        return new RecordRun(console.progress()).run(new RecordRequest(history, id, commit, repo, branch, status,
                Optional.ofNullable(startedAt).map(t -> Times.parse("--started-at", t)),
                duration == null ? OptionalLong.empty() : OptionalLong.of(duration),
                pullRequest == null ? OptionalInt.empty() : OptionalInt.of(pullRequest), Optional.ofNullable(event)));
    }
}
