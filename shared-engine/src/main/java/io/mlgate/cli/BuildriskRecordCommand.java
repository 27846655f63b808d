package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.buildrisk.history.BuildEvent;
import io.mlgate.engine.buildrisk.history.CiBuild;
import io.mlgate.engine.buildrisk.run.RecordRequest;
import io.mlgate.engine.buildrisk.run.RecordRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code mlgate buildrisk record}. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Append the outcome of the build that is ending to the history file (run it last in a pipeline).")
final class BuildriskRecordCommand extends GateCommand {
    @Option(names = "--history", required = true, paramLabel = "FILE", description = "History file (created if missing).")
    Path history;

    @Option(names = "--id", paramLabel = "ID", description = "The CI system's build id (default: from its environment: "
            + "GITHUB_RUN_ID; BRANCH_NAME#BUILD_NUMBER or BUILD_NUMBER on Jenkins; CI_PIPELINE_ID; on CircleCI give "
            + "<< pipeline.number >>).")
    String id;

    @Option(names = "--commit", paramLabel = "REV", description = "Commit built: a sha or a revision in --repo (default: "
            + "the CI system's, a pull request's head on GitHub; else HEAD).")
    String commit;

    @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR", description = "Git repository to resolve --commit in (default: ${DEFAULT-VALUE}).")
    Path repo;

    @Option(names = "--branch", paramLabel = "NAME", description = "Branch built; for a pull request, its target branch "
            + "(default: the CI system's).")
    String branch;

    @Option(names = "--status", required = true, paramLabel = "STATUS",
            description = "Outcome as the CI system names it: passed/success/SUCCESS, failed/failure/FAILURE/UNSTABLE, errored, canceled/cancelled/ABORTED, ...")
    String status;

    @Option(names = "--started-at", paramLabel = "TIME", description = "ISO-8601 start time (default: now, to the second, minus --duration).")
    String startedAt;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "How long the build ran.")
    Long duration;

    @Option(names = "--pull-request", paramLabel = "N", description = "Pull request number, for a pull-request build "
            + "(default: the CI system's).")
    Integer pullRequest;

    @Option(names = "--event", paramLabel = "EVENT", description = "push, pull_request, cron, api or other (default: "
            + "the CI system's).")
    String event;

    @Option(names = "--risk", paramLabel = "P", description = "The risk buildrisk predict gave this build (its report's "
            + "'risk', 0 to 1): kept with the build, so that predict can say how the model's calls have done since "
            + "it was trained. Empty: none.")
    String risk;

    @Override
    protected boolean reportsEngineTime() {
        return true;
    }

    @Override
    protected GateReport execute(Console console) {
        CiBuild ci = CiBuild.of(env());
        CiDefaults d = new CiDefaults(ci);
        RecordRequest req = new RecordRequest(history, d.required("--id", id, ci.id(), "id"),
                d.or(commit, ci.commit(), "commit").orElse("HEAD"), repo,
                d.required("--branch", branch, ci.branch(), "branch"), status,
                Optional.ofNullable(startedAt).map(t -> Times.parse("--started-at", t)),
                duration == null ? OptionalLong.empty() : OptionalLong.of(duration), d.pullRequest(pullRequest),
                d.or(event, ci.event().map(BuildEvent::historyName), "event"), Optional.ofNullable(risk));
        d.report(console.progress());
        return new RecordRun(console.progress()).run(req);
    }
}
