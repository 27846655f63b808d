package io.mlgate.cli;

import picocli.CommandLine.Command;

/**
 * {@code mlgate buildrisk}: import and record build histories, train, evaluate and predict build risk, and monitor the
 * recorded predictions.
 */
@Command(name = "buildrisk", mixinStandardHelpOptions = true,
        description = "Build-failure prediction: score a build's risk from the git change and the build history before "
                + "the build spends its time.")
final class BuildriskCommand {
}
