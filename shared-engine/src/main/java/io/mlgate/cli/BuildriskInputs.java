package io.mlgate.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The options that say where a build-risk command finds its policy, build history and git repository. */
final class BuildriskInputs {
    @Option(names = "--policy", paramLabel = "FILE", description = "mlgate.yml with a buildrisk section (history, model, actions).")
    Path policy;

    @Option(names = "--history", paramLabel = "FILE", description = "Build history (default: the policy's buildrisk.history).")
    Path history;

    @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR", description = "Git repository the builds ran on (default: ${DEFAULT-VALUE}).")
    Path repo;

    Optional<Path> policy() {
        return Optional.ofNullable(policy);
    }

    Optional<Path> history() {
        return Optional.ofNullable(history);
    }
}
