package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.buildrisk.history.CircleciRequest;
import io.mlgate.engine.buildrisk.history.GithubActionsRequest;
import io.mlgate.engine.buildrisk.history.GitlabRequest;
import io.mlgate.engine.buildrisk.history.JenkinsRequest;

import java.nio.file.Path;

/** Where {@code import} reads builds from. */
public sealed interface ImportSource {
    /** A CSV or JSON-lines file in the history format, with any CI system's status names. */
    record File(Path path) implements ImportSource {
    }

    /** GitHub Actions workflow runs. */
    record Github(GithubActionsRequest request) implements ImportSource {
    }

    /** A Jenkins job's builds. */
    record Jenkins(JenkinsRequest request) implements ImportSource {
    }

    /** A GitLab project's CI pipelines. */
    record Gitlab(GitlabRequest request) implements ImportSource {
    }

    /** A CircleCI project's pipelines. */
    record Circleci(CircleciRequest request) implements ImportSource {
    }
}
