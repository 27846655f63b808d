package io.mlgate.cli;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.buildrisk.history.CircleciRequest;
import io.mlgate.engine.buildrisk.history.GithubActionsRequest;
import io.mlgate.engine.buildrisk.history.GitlabRequest;
import io.mlgate.engine.buildrisk.history.JenkinsRequest;
import io.mlgate.engine.buildrisk.run.ImportRun;
import io.mlgate.engine.buildrisk.run.ImportSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** {@code mlgate buildrisk import}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import builds into a history file from a CSV or JSON-lines file, GitHub Actions, Jenkins, GitLab CI "
                + "or CircleCI. "
                + "Builds already in the history are updated, new ones appended.")
final class BuildriskImportCommand extends GateCommand {
    @Option(names = "--history", required = true, paramLabel = "FILE", description = "History file to create or update.")
    Path history;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--from", paramLabel = "FILE", description = "CSV or JSON lines: id, commit, branch, status, started_at[, duration, pull_request, event].")
        Path file;

        @Option(names = "--github", paramLabel = "OWNER/NAME", description = "GitHub Actions runs of this repository (token: $GITHUB_TOKEN).")
        String github;

        @Option(names = "--jenkins", paramLabel = "JOB_URL", description = "A Jenkins job's builds, or a multibranch project's (ids BRANCH#NUMBER; credentials: $JENKINS_USER and $JENKINS_TOKEN).")
        URI jenkins;

        @Option(names = "--gitlab", paramLabel = "PROJECT", description = "GitLab CI pipelines of this project, GROUP/NAME or its id (token: $GITLAB_TOKEN).")
        String gitlab;

        @Option(names = "--circleci", paramLabel = "SLUG", description = "CircleCI pipelines of this project, gh/ORG/REPO, bb/ORG/REPO or circleci/ORG_ID/PROJECT_ID (token: $CIRCLECI_TOKEN).")
        String circleci;
    }

    @Option(names = "--workflow", paramLabel = "FILE", description = "GitHub: only this workflow, e.g. ci.yml.")
    String workflow;

    @Option(names = "--branch", paramLabel = "NAME", description = "GitHub, GitLab, CircleCI: only builds on this branch (a pull or merge request's: its target). Jenkins: record this branch for every build (of a multibranch project: the pull-request jobs' target branch).")
    String branch;

    @Option(names = "--risks-from-artifact", paramLabel = "NAME", description = "GitHub: runs the history holds without a risk take the one they recorded (record --risk) into a file uploaded as the artifact NAME.")
    String riskArtifact;

    @Option(names = "--max", paramLabel = "N", defaultValue = "1000", description = "At most N runs or builds, the newest (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--github-api", paramLabel = "URL", defaultValue = "https://api.github.com",
            description = "GitHub REST API base URL (default: ${DEFAULT-VALUE}; GitHub Enterprise: https://HOST/api/v3).")
    URI githubApi;

    @Option(names = "--gitlab-api", paramLabel = "URL", defaultValue = "https://gitlab.com/api/v4",
            description = "GitLab REST API base URL (default: ${DEFAULT-VALUE}; self-managed: https://HOST/api/v4).")
    URI gitlabApi;

    @Option(names = "--circleci-api", paramLabel = "URL", defaultValue = "https://circleci.com/api/v2",
            description = "CircleCI API v2 base URL (default: ${DEFAULT-VALUE}; CircleCI server: https://HOST/api/v2).")
    URI circleciApi;

    @Override
    protected GateReport execute(Console console) {
        ImportSource src;
        if (riskArtifact != null && source.github == null) {
            throw new BadInputException("--risks-from-artifact: only GitHub Actions runs have artifacts; use it with --github");
        }
        if (source.file != null) {
            src = new ImportSource.File(source.file);
        } else if (source.github != null) {
            src = new ImportSource.Github(new GithubActionsRequest(githubApi, source.github, Optional.ofNullable(workflow),
                    Optional.ofNullable(branch), max, env("GITHUB_TOKEN"), Optional.ofNullable(riskArtifact)));
        } else if (source.circleci != null) {
            src = new ImportSource.Circleci(new CircleciRequest(circleciApi, source.circleci, Optional.ofNullable(branch),
                    max, env("CIRCLECI_TOKEN")));
        } else if (source.gitlab != null) {
            src = new ImportSource.Gitlab(new GitlabRequest(gitlabApi, source.gitlab, Optional.ofNullable(branch), max,
                    env("GITLAB_TOKEN")));
        } else {
            src = new ImportSource.Jenkins(new JenkinsRequest(source.jenkins, Optional.ofNullable(branch), max,
                    env("JENKINS_USER"), env("JENKINS_TOKEN")));
        }
        return new ImportRun(console.progress()).run(src, history);
    }

    private Optional<String> env(String name) {
        return Optional.ofNullable(env().get(name)).filter(s -> !s.isBlank());
    }
}
